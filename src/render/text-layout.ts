import { displayWidth, isWideChar } from './table.js';

/**
 * Wraps prose to a display width, indenting continuation lines; words longer than a line stay
 * whole. Chinese and Japanese text has no spaces, so a line may also break between two wide
 * characters, though never before closing punctuation (，。）) or after opening punctuation (（).
 */
export function wrap(text: string, width: number, indent: string, firstIndent = indent): string {
  const lines: string[] = [];
  let line = firstIndent;
  // The line's width is kept as it grows (display width adds up over joined text), not measured anew per word.
  let lineWidth = displayWidth(firstIndent);
  const indentWidth = displayWidth(indent);
  let lineHasWord = false;
  for (const { unit, spaced } of breakUnits(text)) {
    const separator = lineHasWord && spaced ? ' ' : '';
    const unitWidth = displayWidth(unit);
    if (lineHasWord && lineWidth + separator.length + unitWidth > width) {
      lines.push(line);
      line = indent + unit;
      lineWidth = indentWidth + unitWidth;
    } else {
      line += separator + unit;
      lineWidth += separator.length + unitWidth;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines.join('\n');
}

const closing = new Set([...'，。、；：！？）》」』】〕〉’”,.;:!?)]}%']);
const opening = new Set([...'（《「『【〔〈‘“([{']);

/** The pieces a line may break between: words, and single wide characters inside a word. */
const ascii = /^[\x00-\x7f]*$/;

function breakUnits(text: string): { unit: string; spaced: boolean }[] {
  const units: { unit: string; spaced: boolean }[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // An ASCII word has no wide characters to break at: it is one unit (the common case, and cheap).
    if (ascii.test(word)) {
      units.push({ unit: word, spaced: true });
      continue;
    }
    const pieces: string[] = [];
    let run = '';
    for (const char of word) {
      if (!isWideChar(char)) {
        run += char;
        continue;
      }
      if (run) pieces.push(run);
      run = '';
      pieces.push(char);
    }
    if (run) pieces.push(run);
    // Keep punctuation with the text it belongs to.
    const merged: string[] = [];
    for (const piece of pieces) {
      const previous = merged[merged.length - 1];
      if (previous !== undefined && (closing.has([...piece][0]!) || opening.has([...previous].at(-1)!))) merged[merged.length - 1] = previous + piece;
      else merged.push(piece);
    }
    merged.forEach((unit, i) => units.push({ unit, spaced: i === 0 }));
  }
  return units;
}

/** A bar of `cells` characters filled in proportion to a [0, 1] value. */
export function bar(value: number, cells: number): string {
  const filled = Math.round(Math.min(Math.max(value, 0), 1) * cells);
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

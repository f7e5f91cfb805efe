/*
 * How wide text shows in a terminal or a fixed-width file, and prose wrapped to a width: Chinese
 * characters take two columns. Shared by the renderers and by the texts etr writes into files
 * (the starter profile's comments).
 */

/** Display width of text in a terminal; wide (CJK) characters take two columns. */
export function displayWidth(text: string): number {
  // Most text is printable ASCII, one column a character; a regular expression answers that at once.
  if (printableAscii.test(text)) return text.length;
  let width = 0;
  // By index, not for…of: a string iterator costs several times more in a short run, before V8 optimises.
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (code < 0x20 || (code >= 0x300 && code < 0x370) || code === 0x200b) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

const printableAscii = /^[\x20-\x7e]*$/;

/** A character that takes two terminal columns (CJK ideographs, kana, hangul, full-width forms). */
export function isWideChar(char: string): boolean {
  return isWide(char.codePointAt(0) ?? 0);
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

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


import { displayWidth } from './table.js';

/** Wraps prose to a width, indenting continuation lines; words longer than a line stay whole. */
export function wrap(text: string, width: number, indent: string, firstIndent = indent): string {
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (lineHasWord && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (lineHasWord ? ' ' : '') + word;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines.join('\n');
}

/** A bar of `cells` characters filled in proportion to a [0, 1] value. */
export function bar(value: number, cells: number): string {
  const filled = Math.round(Math.min(Math.max(value, 0), 1) * cells);
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

import type { Palette } from '../core/palette.js';

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

/** Cuts text to a display width, ending with "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/**
 * A plain table: columns as wide as their content, the last one cut to fit the width.
 * Only the header is coloured, so alignment never depends on escape codes.
 */
export function renderTable(columns: readonly Column[], rows: readonly string[][], palette: Palette, width: number): string {
  const widths = columns.map((column, i) => Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[i] ?? ''))));
  const gap = 2;
  const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + gap, 0);
  const lastIndex = widths.length - 1;
  widths[lastIndex] = Math.max(10, Math.min(widths[lastIndex]!, width - fixed));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const w = widths[i]!;
        const text = truncate(cell, w);
        if (i === lastIndex) return text;
        return columns[i]!.align === 'right' ? padStart(text, w) : padEnd(text, w);
      })
      .join(' '.repeat(gap))
      .trimEnd();
  return [palette.bold(line(columns.map((c) => c.header))), ...rows.map(line)].join('\n');
}

import type { Palette } from '../core/palette.js';

export { displayWidth, padEnd } from '../core/text-width.js';
import { displayWidth, padEnd, padStart } from '../core/text-width.js';

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

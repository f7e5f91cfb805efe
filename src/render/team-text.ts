import type { Palette } from '../core/palette.js';
import type { TeamReport } from '../report/team.js';
import { displayWidth, padStart } from '../core/text-width.js';
import { renderTable } from './table.js';
import { wrap } from './text-layout.js';
import { teamView } from './team-view.js';

/** `etr team` as text for the terminal: each section a heading, a note and a table. */
export function renderTeamText(report: TeamReport, palette: Palette, width: number): string {
  const view = teamView(report);
  const lines = [palette.bold(view.title), view.summary, palette.dim(view.catalog)];
  for (const s of view.sections) {
    lines.push('', palette.bold(s.heading));
    if (s.note) lines.push(palette.dim(wrap(s.note, width, '')));
    // Numbers are right-aligned here, the last column too (the table aligns all but its last).
    const widths = s.headers.map((header, i) => Math.max(displayWidth(header), ...s.rows.map((row) => displayWidth(row[i] ?? ''))));
    const cells = (row: readonly string[]) => row.map((cell, i) => (s.numeric[i] ? padStart(cell, widths[i]!) : cell));
    lines.push(renderTable(cells(s.headers).map((header) => ({ header })), s.rows.map(cells), palette, width).trimEnd());
    if (s.more) lines.push(palette.dim(s.more));
  }
  lines.push('', palette.bold(view.unheld.heading), wrap(view.unheld.names.join(', '), width, ''));
  return `${lines.join('\n')}\n`;
}

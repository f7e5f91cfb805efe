import type { TeamReport } from '../report/team.js';
import { escape, table } from './markdown.js';
import { teamView } from './team-view.js';

/** `etr team` as Markdown: each section a heading, a note and a table. */
export function renderTeamMarkdown(report: TeamReport): string {
  const view = teamView(report);
  const parts = [`# ${escape(view.title)}`, `${escape(view.summary)}. ${escape(view.catalog)}.`];
  for (const s of view.sections) {
    parts.push(`## ${escape(s.heading)}`);
    if (s.note) parts.push(escape(s.note));
    parts.push(table(s.headers, s.rows));
    if (s.more) parts.push(escape(s.more));
  }
  parts.push(`## ${escape(view.unheld.heading)}`, view.unheld.names.map(escape).join(', '));
  return `${parts.join('\n\n')}\n`;
}

import type { TeamReport } from '../report/team.js';
import { escapeHtml, htmlPage } from './html.js';
import { renderHeatmapSvg, renderLeverageSvg } from './team-svg.js';
import { teamView, type TeamSection } from './team-view.js';

/**
 * `etr team` as one self-contained HTML page: the summary, a heatmap of roles × readiness and a
 * bar chart of team leverage as inline SVG, then the tables of the text report. Nothing is
 * loaded (a Content-Security-Policy says so to the browser too); every name is escaped. Laid out
 * for a screen and for print.
 */
export function renderTeamHtml(report: TeamReport): string {
  const view = teamView(report);
  const { words } = view;
  const [best, ...rest] = view.sections;
  const figure = (className: string, heading: string, svg: string, caption: string) =>
    `<section class="${className}"><h2>${escapeHtml(heading)}</h2><figure>\n${svg}\n<figcaption>${escapeHtml(caption)}</figcaption></figure></section>`;
  const body = [
    `<header><h1>${escapeHtml(view.title)}</h1><p class="summary">${escapeHtml(view.summary)}</p><p class="catalog">${escapeHtml(view.catalog)}</p></header>`,
    renderSection(best!),
  ];
  if (report.roles.length > 0) body.push(figure('heatmap-section', words.heatmapTitle, renderHeatmapSvg(report, words), words.rolesNote));
  if (report.leverage.length > 0) {
    const legend = `<ul class="legend"><li><span class="swatch to-ready"></span>${escapeHtml(words.toReady)}</li><li><span class="swatch to-stretch"></span>${escapeHtml(words.toStretch)}</li></ul>`;
    body.push(figure('leverage-section', words.leverageChartTitle, `${renderLeverageSvg(report, words)}\n${legend}`, words.leverageNote));
  }
  body.push(...rest.map(renderSection));
  body.push(`<section class="unheld"><h2>${escapeHtml(view.unheld.heading)}</h2><p>${escapeHtml(view.unheld.names.join(', '))}</p></section>`);
  body.push(`<footer>${escapeHtml(view.catalog)} · ${escapeHtml(report.catalog.digest)}</footer>`);
  return htmlPage({ lang: words.htmlLang, title: view.title, stylesheet, body });
}

function renderSection(section: TeamSection): string {
  const cell = (tag: string, text: string, i: number) => `<${tag}${section.numeric[i] ? ' class="number"' : ''}>${escapeHtml(text)}</${tag}>`;
  return [
    `<section class="table"><h2>${escapeHtml(section.heading)}</h2>`,
    section.note ? `<p class="note">${escapeHtml(section.note)}</p>` : '',
    '<table>',
    `<thead><tr>${section.headers.map((h, i) => cell('th', h, i)).join('')}</tr></thead>`,
    `<tbody>${section.rows.map((row) => `<tr>${row.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('\n')}</tbody>`,
    '</table>',
    section.more ? `<p class="more">${escapeHtml(section.more)}</p>` : '',
    '</section>',
  ].join('\n');
}

const stylesheet = `
:root { --ink: #1d2733; --muted: #5d6b7c; --line: #d9dee5; --paper: #fff; --ready: #2e7d4f; --stretch: #c98a12; --long-shot: #9aa5b1; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f5f8; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 24px 20px 40px; }
h1 { margin: 0 0 4px; font-size: 26px; }
h2 { font-size: 18px; margin: 26px 0 8px; }
.summary { margin: 0; font-weight: 600; }
.catalog, .note, .more, figcaption { color: var(--muted); font-size: 13px; margin: 4px 0; }
figure { margin: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 12px; overflow-x: auto; }
svg { display: block; max-width: 100%; height: auto; font-size: 12px; }
svg text { fill: var(--ink); }
svg .column { font-weight: 600; }
.cell.readiness-ready rect { fill: var(--ready); }
.cell.readiness-stretch rect { fill: var(--stretch); }
.cell.readiness-long-shot rect { fill: #566373; }
svg text.on-dark { fill: #fff; font-weight: 600; }
rect.to-ready, .swatch.to-ready { fill: var(--ready); background: var(--ready); }
rect.to-stretch, .swatch.to-stretch { fill: var(--stretch); background: var(--stretch); }
.legend { list-style: none; display: flex; gap: 18px; padding: 0; margin: 8px 0 0; font-size: 13px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
table { border-collapse: collapse; background: var(--paper); width: 100%; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; }
th { background: #eef1f5; }
.number { text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 24px; color: var(--muted); font-size: 12px; word-break: break-all; }
@media print {
  body { background: #fff; font-size: 12px; }
  main { max-width: none; padding: 0; }
  figure, table, tr { break-inside: avoid; }
  figure { border-color: #bbb; }
  h2 { break-after: avoid; }
  @page { margin: 14mm; }
}
`.trim();

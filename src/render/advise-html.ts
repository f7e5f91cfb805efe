import { readinessLevels } from '../model/readiness.js';
import { adviseView, type AdviseView, type ComparisonView, type ResultView, type SkillView } from './advise-view.js';
import { pointsDelta } from './advise-text.js';
import { escapeHtml, htmlPage, num } from './html.js';
import { emphasisedCount } from './risk-map.js';
import { renderRiskMapSvg, tierFill } from './risk-map-svg.js';
import { percent } from './text-layout.js';
import type { Report } from '../report/types.js';

/**
 * The report as one self-contained HTML page: the risk map as inline SVG, then a card per role
 * with its score bar, readiness, gaps and red flags. No script, font, image or stylesheet is
 * loaded (a Content-Security-Policy says so to the browser too); all catalog and profile text is
 * escaped. The same view as the text and Markdown reports, laid out for a screen and for print.
 */
export function renderAdviseHtml(report: Report): string {
  const view = adviseView(report);
  const { t } = view;
  const body = [
    renderHeader(view),
    view.results.length === 0 ? `<p class="empty">${escapeHtml(t.noResultsWithHint)}</p>` : renderMap(view),
  ];
  if (view.results.length > 0) {
    body.push(`<section class="ranking"><h2>${escapeHtml(t.html.ranking)}</h2>\n${view.results.map((r) => renderResult(view, r)).join('\n')}\n</section>`);
  }
  if (view.comparison) body.push(renderComparison(view, view.comparison));
  body.push(`<footer>${escapeHtml(t.html.generatedBy)} · ${escapeHtml(view.catalogSource)} · ${escapeHtml(report.catalog.digest)}</footer>`);
  return htmlPage({ lang: t.htmlLang, title: t.html.documentTitle(report.profile.name), stylesheet, body });
}

function renderHeader(view: AdviseView): string {
  const { t, report } = view;
  const fact = (label: string, value: string) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`;
  return [
    '<header>',
    `<h1>${escapeHtml(view.title)}</h1>`,
    '<dl class="facts">',
    ...(view.currentRole === null ? [] : [fact(t.label.currentRole, view.currentRole)]),
    fact(t.label.riskAppetite, view.appetite),
    fact(t.label.appetiteMeaning, view.appetiteMeaning),
    fact(t.label.weights, view.weights.map((w) => `${w.label} ${w.value}`).join(' · ')),
    fact(t.label.catalog, `${view.catalogSource} · ${view.catalogSize} · ${t.consideredShown(report.considered, report.results.length)}`),
    fact(t.region.label, t.region.line(report.region)),
    '</dl>',
    '</header>',
  ].join('\n');
}

function renderMap(view: AdviseView): string {
  const { t } = view;
  const swatch = (className: string, label: string) => `<li><span class="swatch ${className}"></span>${escapeHtml(label)}</li>`;
  const legend = [
    ...readinessLevels.map((level) => swatch(`readiness-${level}`, t.readiness[level])),
    `<li><span class="swatch top"></span>${escapeHtml(t.html.top)}</li>`,
    swatch('comfort', t.map.comfortBand),
  ];
  return [
    '<section class="map">',
    `<h2>${escapeHtml(t.map.title)}</h2>`,
    '<figure>',
    renderRiskMapSvg(view),
    `<figcaption>${escapeHtml(t.html.mapCaption)}</figcaption>`,
    `<ul class="legend" aria-label="${escapeHtml(t.html.readinessLegend)}">${legend.join('')}</ul>`,
    '</figure>',
    '</section>',
  ].join('\n');
}

function renderResult(view: AdviseView, result: ResultView): string {
  const { t } = view;
  const { rank, score, readiness, role } = result.result;
  const points = Math.round(score * 100);
  const segments = result.components
    .map((c) => `<span class="segment ${c.key}" style="width:${num(c.value * c.weight * 100)}%" title="${escapeHtml(`${c.label} ${percent(c.value)} × ${c.weight.toFixed(2)}`)}"></span>`)
    .join('');
  const components = result.components
    .map((c) => `<li><span class="swatch ${c.key}"></span>${escapeHtml(c.label)} <b>${percent(c.value)}</b> <small>${escapeHtml(t.html.weight)} ${c.weight.toFixed(2)}</small></li>`)
    .join('');
  const rows: string[] = [];
  if (result.redFlags.length > 0) rows.push(field(t.label.redFlags, skillList(result.redFlags, 'red-flag'), 'red-flags'));
  rows.push(field(t.label.gaps, result.gaps.length > 0 ? skillList(result.gaps, 'gap') : `<p>${escapeHtml(t.noGaps)}</p>`, 'gaps'));
  if (result.implied.length > 0) rows.push(field(t.label.implied, `<p>${escapeHtml(result.implied.join(t.listSeparator))}</p>`, 'implied'));
  rows.push(field(t.label.risk, `<p>${escapeHtml(result.riskSentence)}</p>`, 'risk'));
  rows.push(field(t.label.time, `<p>${escapeHtml(result.effort)}</p>`, 'time'));
  rows.push(field(t.label.outlook, `<p>${escapeHtml(t.trendWithReason(result.trend, result.outlookReason))}</p>`, 'outlook'));
  rows.push(field(t.label.why, `<p>${escapeHtml(result.explanation)}</p>`, 'why'));
  return [
    `<article class="role${rank <= emphasisedCount ? ' top' : ''}" id="role-${escapeHtml(role.id)}" data-rank="${rank}">`,
    '<div class="role-head">',
    `<span class="rank">${rank}</span>`,
    `<h3>${escapeHtml(result.title)}</h3>`,
    `<span class="badge readiness-${readiness}">${escapeHtml(result.readiness)}</span>`,
    `<span class="stability">${escapeHtml(result.stability)}</span>`,
    ...(result.nextStep === null ? [] : [`<span class="badge next-step">${escapeHtml(result.nextStep)}</span>`]),
    '</div>',
    `<p class="meta"><span class="tier-chip" style="background:${tierFill[result.result.etr.tier]}">${escapeHtml(t.tierLabel(result.result.etr.tier))}</span> ${escapeHtml(`${result.domainName} · ${result.etrNote} · ${result.seniority}`)}</p>`,
    `<p class="summary">${escapeHtml(result.summary)}</p>`,
    `<div class="score" title="${escapeHtml(t.html.barNote)}"><div class="bar" role="img" aria-label="${escapeHtml(t.html.scoreOf(points))}">${segments}</div><span class="total">${points}</span></div>`,
    `<ul class="components">${components}</ul>`,
    `<dl class="details">${rows.join('')}</dl>`,
    '</article>',
  ].join('\n');
}

function field(label: string, content: string, className: string): string {
  return `<div class="${className}"><dt>${escapeHtml(label)}</dt><dd>${content}</dd></div>`;
}

function skillList(skills: readonly SkillView[], className: string): string {
  const item = (s: SkillView) =>
    `<li class="${className}${s.essential ? ' essential' : ''}">${escapeHtml(s.label)}${s.essential ? '<sup>*</sup>' : ''} <span class="levels">${s.have}→${s.need}</span></li>`;
  return `<ul class="skills">${skills.map(item).join('')}</ul>`;
}

function renderComparison(view: AdviseView, comparison: ComparisonView): string {
  const { t } = view;
  const cell = (text: string) => `<td>${escapeHtml(text)}</td>`;
  const position = (p: { rank: number; score: number } | null) => (p ? `#${p.rank} (${Math.round(p.score * 100)})` : '—');
  const rows = comparison.roles.map((c) => {
    const delta = pointsDelta(c);
    return `<tr>${cell(c.label)}${cell(position(c.before))}${cell(position(c.after))}${cell(`${delta >= 0 ? '+' : ''}${delta}`)}${cell(c.movementLabel)}</tr>`;
  });
  return [
    '<section class="comparison">',
    `<h2>${escapeHtml(t.markdown.whatIf(comparison.changes))}</h2>`,
    `<table><thead><tr>${t.markdown.comparisonHeaders.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

const stylesheet = `
:root { --ink: #1d2430; --muted: #5b6472; --line: #d9dee6; --paper: #ffffff; --page: #f4f6f9;
  --skill: #2f6fdb; --risk: #e08a1e; --interest: #8a5cc7;
  --ready: #1f8a4c; --stretch: #b7791f; --long-shot: #8e3fb5; --red: #c0392b; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
main { max-width: 940px; margin: 0 auto; padding: 28px 24px 40px; }
h1 { font-size: 26px; margin: 0 0 12px; }
h2 { font-size: 19px; margin: 28px 0 10px; }
h2::first-letter, dt::first-letter { text-transform: uppercase; }
h3 { font-size: 17px; margin: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
.facts div { display: contents; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
figure { margin: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
svg.risk-map { display: block; width: 100%; height: auto; font-family: inherit; }
.band-label { font-size: 12px; fill: #4a5260; font-weight: 600; }
.comfort-label { font-size: 12px; fill: #2f5fb3; font-weight: 600; }
.grid { stroke: #ffffff; stroke-opacity: 0.75; stroke-width: 1; }
.frame { fill: none; stroke: #9aa3b0; stroke-width: 1; }
.tick { font-size: 11px; fill: var(--muted); }
.axis-title { font-size: 12px; fill: var(--ink); font-weight: 600; }
.point circle { stroke: #ffffff; stroke-width: 1.5; }
.point.top circle { stroke: var(--ink); stroke-width: 2.2; }
.point-rank { font-size: 10px; font-weight: 700; fill: #ffffff; }
.point.top .point-rank { font-size: 12px; }
.leader { stroke: var(--ink); stroke-width: 1; stroke-opacity: 0.6; }
.point-title { font-size: 12px; font-weight: 700; fill: var(--ink); paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
.readiness-ready circle { fill: var(--ready); }
.readiness-stretch circle { fill: var(--stretch); }
.readiness-long-shot circle { fill: var(--long-shot); }
figcaption { color: var(--muted); font-size: 13px; margin-top: 6px; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: 8px 0 0; font-size: 13px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%; margin-right: 6px; vertical-align: -1px; }
.swatch.readiness-ready { background: var(--ready); }
.swatch.readiness-stretch { background: var(--stretch); }
.swatch.readiness-long-shot { background: var(--long-shot); }
.swatch.top { background: #fff; border: 2.2px solid var(--ink); width: 14px; height: 14px; }
.swatch.comfort { border-radius: 2px; width: 22px; border: 1.2px dashed #2f5fb3; background: repeating-linear-gradient(45deg, rgba(47,95,179,.28) 0 2px, rgba(47,95,179,.07) 2px 6px); }
.swatch.skill { background: var(--skill); border-radius: 2px; }
.swatch.risk { background: var(--risk); border-radius: 2px; }
.swatch.interest { background: var(--interest); border-radius: 2px; }
.role { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px; margin: 12px 0; }
.role.top { border-left: 5px solid var(--ink); }
.role-head { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
.rank { display: inline-grid; place-items: center; min-width: 28px; height: 28px; border-radius: 50%; background: var(--ink); color: #fff; font-weight: 700; font-size: 14px; }
.badge { border-radius: 999px; padding: 1px 10px; font-size: 13px; font-weight: 600; color: #fff; }
.badge.readiness-ready { background: var(--ready); }
.badge.readiness-stretch { background: var(--stretch); }
.badge.readiness-long-shot { background: var(--long-shot); }
.badge.next-step { background: #fff; color: #1f6f8b; border: 1px solid #1f6f8b; }
.stability { color: var(--muted); font-size: 13px; }
.meta { color: var(--muted); margin: 6px 0 2px; font-size: 14px; }
.tier-chip { color: var(--ink); border: 1px solid rgba(0,0,0,.12); border-radius: 4px; padding: 0 6px; margin-right: 4px; font-size: 13px; }
.summary { margin: 4px 0 10px; }
.score { display: flex; align-items: center; gap: 10px; }
.bar { flex: 1; display: flex; height: 14px; background: #e9edf2; border-radius: 7px; overflow: hidden; }
.segment.skill { background: var(--skill); }
.segment.risk { background: var(--risk); }
.segment.interest { background: var(--interest); }
.total { font-weight: 700; font-size: 20px; min-width: 2.2em; text-align: right; }
.components { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 6px 0 8px; font-size: 13px; }
.components small { color: var(--muted); }
.details { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 6px 0 0; font-size: 14px; }
.details div { display: contents; }
.details dt { color: var(--muted); font-weight: 600; }
.details dd { margin: 0; }
.details p { margin: 0; }
.red-flags dt { color: var(--red); }
.skills { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 6px; padding: 0; margin: 0; }
.skills li { border: 1px solid var(--line); border-radius: 6px; padding: 0 7px; background: #f7f9fb; }
.skills li.essential { border-color: #8b95a5; }
.skills li.red-flag { border-color: var(--red); background: #fdf0ee; color: #8d2418; }
.skills sup { color: var(--red); }
.levels { color: var(--muted); font-variant-numeric: tabular-nums; }
.comparison table { border-collapse: collapse; background: var(--paper); width: 100%; font-size: 14px; }
.comparison th, .comparison td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; }
.empty { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px; }
footer { margin-top: 24px; color: var(--muted); font-size: 12px; word-break: break-all; }
@media print {
  body { background: #fff; font-size: 12px; }
  main { max-width: none; padding: 0; }
  figure, .role, .comparison { break-inside: avoid; }
  .role { border-color: #bbb; margin: 8px 0; }
  h2 { break-after: avoid; }
  @page { margin: 14mm; }
}
`.trim();


import { formatPercent, type Tier } from '../model/etr.js';
import type { AdviseView } from './advise-view.js';
import { escapeHtml, num } from './html.js';
import { riskMap, tierBound, type RiskMapPoint } from './risk-map.js';
import { displayWidth } from './table.js';
import { percent } from './text-layout.js';

const width = 860;
const height = 430;
// The right margin holds the tier labels, so no label in the plot can cover them or be covered.
const margin = { left: 64, right: 116, top: 14, bottom: 50 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

/** Tier bands from red (almost no error tolerated) to blue (many tolerated), light enough to read points on. */
export const tierFill: Record<Tier, string> = {
  critical: '#f8d4d2',
  strict: '#fbe2cc',
  guarded: '#faf0c6',
  tolerant: '#e1f0da',
  open: '#d9eaf6',
};

/**
 * The risk map as inline SVG: x = skill fit, y = the role's ETR on a log scale over the tiers as
 * bands, the comfort band shaded, one point (`g.point`) per result; the top three larger and
 * labelled with their titles. Text in it is escaped; it loads nothing.
 */
export function renderRiskMapSvg(view: AdviseView): string {
  const { t } = view;
  const map = riskMap(view);
  const x = (skill: number) => margin.left + Math.min(Math.max(skill, 0), 1) * plotWidth;
  const y = (etr: number) => margin.top + ((map.logMax - Math.log10(etr)) / (map.logMax - map.logMin)) * plotHeight;
  const parts: string[] = [];

  for (const band of map.bands) {
    const top = y(band.high);
    const bottom = y(band.low);
    parts.push(`<rect class="band band-${band.tier}" x="${margin.left}" y="${num(top)}" width="${plotWidth}" height="${num(bottom - top)}" fill="${tierFill[band.tier]}"/>`);
    parts.push(`<text class="band-label" x="${margin.left + plotWidth + 8}" y="${num((top + bottom) / 2 + 4)}">${escapeHtml(`${t.tier[band.tier]} ${tierBound(band.tier)}`)}</text>`);
  }

  const comfortTop = y(map.comfort.high);
  const comfortBottom = y(map.comfort.low);
  const edge = (at: number) => `<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${num(at)}" y2="${num(at)}" stroke="#2f5fb3" stroke-width="1.2" stroke-dasharray="5 4"/>`;
  // Its label sits inside the band's lower left corner, where the top results (high skill fit) rarely are.
  const comfortLabel = { left: margin.left + 6, right: margin.left + 6 + displayWidth(t.map.comfortBand) * 6.6, top: comfortBottom - 18, bottom: comfortBottom - 3 };
  parts.push(
    `<g class="comfort"><rect x="${margin.left}" y="${num(comfortTop)}" width="${plotWidth}" height="${num(comfortBottom - comfortTop)}" fill="url(#comfort-hatch)"/>${edge(comfortTop)}${edge(comfortBottom)}` +
      `<text x="${comfortLabel.left}" y="${num(comfortBottom - 6)}" class="comfort-label">${escapeHtml(t.map.comfortBand)}</text></g>`,
  );

  // Axes: a tick per decade up the side, per quarter along the bottom.
  for (let decade = map.logMin; decade <= map.logMax; decade++) {
    const at = y(10 ** decade);
    parts.push(`<line class="grid" x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${num(at)}" y2="${num(at)}"/>`);
    parts.push(`<text class="tick" x="${margin.left - 6}" y="${num(at + 4)}" text-anchor="end">${formatPercent(10 ** decade)}</text>`);
  }
  for (const quarter of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line class="grid" x1="${num(x(quarter))}" x2="${num(x(quarter))}" y1="${margin.top}" y2="${margin.top + plotHeight}"/>`);
    parts.push(`<text class="tick" x="${num(x(quarter))}" y="${margin.top + plotHeight + 16}" text-anchor="middle">${percent(quarter)}</text>`);
  }
  parts.push(`<rect class="frame" x="${margin.left}" y="${margin.top}" width="${plotWidth}" height="${plotHeight}"/>`);
  parts.push(`<text class="axis-title" x="${margin.left + plotWidth / 2}" y="${height - 8}" text-anchor="middle">${escapeHtml(`${t.map.skillFit} →`)}</text>`);
  parts.push(`<text class="axis-title" transform="translate(14 ${margin.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(`${t.map.roleEtr} →`)}</text>`);

  // Lower ranks first, so the top results are drawn last, on top.
  const points = [...map.points].sort((a, b) => b.rank - a.rank);
  const labels = placeLabels(map.points, x, y, [comfortLabel]);
  for (const point of points) parts.push(renderPoint(view, point, x(point.skill), y(point.etr), labels.get(point.rank)));

  return [
    `<svg class="risk-map" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(t.map.title)}">`,
    '<defs><pattern id="comfort-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#2f5fb3" fill-opacity="0.07"/><line x1="0" y1="0" x2="0" y2="8" stroke="#2f5fb3" stroke-opacity="0.28" stroke-width="2"/></pattern></defs>',
    ...parts,
    '</svg>',
  ].join('\n');
}

interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** From the point to a label placed above or below it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

function renderPoint(view: AdviseView, point: RiskMapPoint, cx: number, cy: number, label: Label | undefined): string {
  const { view: result } = point;
  const tooltip = view.t.map.point(point.rank, result.title, percent(point.skill), formatPercent(point.etr));
  const radius = point.emphasised ? 11 : 8;
  const leader = label?.leader ? `<line class="leader" x1="${num(label.leader.x1)}" y1="${num(label.leader.y1)}" x2="${num(label.leader.x2)}" y2="${num(label.leader.y2)}"/>` : '';
  const title = label ? `${leader}<text class="point-title" x="${num(label.x)}" y="${num(label.y)}" text-anchor="${label.anchor}">${escapeHtml(result.title)}</text>` : '';
  return (
    `<g class="point readiness-${result.result.readiness}${point.emphasised ? ' top' : ''}" data-rank="${point.rank}" data-role="${escapeHtml(result.result.role.id)}">` +
    `<title>${escapeHtml(tooltip)}</title>` +
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${radius}"/>` +
    `<text class="point-rank" x="${num(cx)}" y="${num(cy + 4)}" text-anchor="middle">${point.rank}</text>${title}</g>`
  );
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Title labels for the emphasised points: beside, above or below each, wherever the label covers
 * no point, no other label and nothing in `reserved`, and stays inside the plot. A point with no
 * free place keeps its rank label only; the card below names it.
 */
function placeLabels(points: readonly RiskMapPoint[], x: (skill: number) => number, y: (etr: number) => number, reserved: readonly Box[]): Map<number, Label> {
  const pointBoxes = points.map((p) => {
    const r = (p.emphasised ? 11 : 8) + 2;
    return { left: x(p.skill) - r, right: x(p.skill) + r, top: y(p.etr) - r, bottom: y(p.etr) + r };
  });
  const taken: Box[] = [...pointBoxes, ...reserved];
  const plot: Box = { left: margin.left + 2, right: margin.left + plotWidth - 2, top: margin.top + 2, bottom: margin.top + plotHeight - 2 };
  const labels = new Map<number, Label>();
  for (const point of points.filter((p) => p.emphasised).sort((a, b) => a.rank - b.rank)) {
    const cx = x(point.skill);
    const cy = y(point.etr);
    const textWidth = displayWidth(point.view.title) * 6.6;
    const candidates: (Label & { box: Box })[] = [];
    const beside = (dy: number) => {
      candidates.push({ x: cx + 15, y: cy + 4 + dy, anchor: 'start', box: { left: cx + 15, right: cx + 15 + textWidth, top: cy - 9 + dy, bottom: cy + 7 + dy } });
      candidates.push({ x: cx - 15, y: cy + 4 + dy, anchor: 'end', box: { left: cx - 15 - textWidth, right: cx - 15, top: cy - 9 + dy, bottom: cy + 7 + dy } });
    };
    beside(0);
    for (const dy of [-22, 22, -40, 40, -58, 58]) {
      const left = Math.min(Math.max(cx - textWidth / 2, plot.left), plot.right - textWidth);
      const box = { left, right: left + textWidth, top: cy - 9 + dy, bottom: cy + 7 + dy };
      const r = point.emphasised ? 11 : 8;
      const leader = { x1: cx, y1: dy < 0 ? cy - r : cy + r, x2: Math.min(Math.max(cx, left + 4), left + textWidth - 4), y2: dy < 0 ? box.bottom : box.top };
      candidates.push({ x: left, y: cy + 4 + dy, anchor: 'start', box, leader });
      beside(dy);
    }
    const inside = (b: Box) => b.left >= plot.left && b.right <= plot.right && b.top >= plot.top && b.bottom <= plot.bottom;
    const own = pointBoxes[points.indexOf(point)]!;
    const chosen = candidates.find((c) => inside(c.box) && !taken.some((b) => b !== own && overlaps(b, c.box)));
    if (!chosen) continue;
    taken.push(chosen.box);
    const { box: _box, ...label } = chosen;
    labels.set(point.rank, label);
  }
  return labels;
}

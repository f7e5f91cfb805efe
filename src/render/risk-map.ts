import { tierCeilings, tiers, type Tier } from '../model/etr.js';
import type { AdviseView, ResultView } from './advise-view.js';
import type { Palette } from '../core/palette.js';
import { displayWidth, padEnd } from './table.js';
import { wrap } from './text-layout.js';

/**
 * The risk map: every result as a point, across by skill fit, up by the ETR the role works under
 * on a log scale, over the ETR tiers as bands and the person's comfort band. One model; the text
 * and SVG renderers only draw it.
 */
export interface RiskMap {
  /** log10 of the lowest and highest ETR shown. */
  logMin: number;
  logMax: number;
  /** Each tier's ETR range, clipped to what is shown, lowest first. */
  bands: { tier: Tier; low: number; high: number }[];
  /** Where the risk fit is at least one half. */
  comfort: { low: number; high: number };
  points: RiskMapPoint[];
}

export interface RiskMapPoint {
  view: ResultView;
  rank: number;
  /** Skill fit in [0, 1]. */
  skill: number;
  etr: number;
  /** The top results, drawn larger and labelled with their titles. */
  emphasised: boolean;
}

export const emphasisedCount = 3;

export function riskMap(view: AdviseView): RiskMap {
  const { comfortBand } = view.report.profile;
  const lowest = Math.min(comfortBand.low, ...view.results.map((r) => r.result.etr.value));
  // At least 10^-4, one decade below the critical tier's ceiling, so every band has room.
  const logMin = Math.min(-4, Math.floor(Math.log10(lowest)));
  const logMax = 0;
  // Number("1e-4") is exact where 10 ** -4 is not.
  const lowestShown = Number(`1e${logMin}`);
  const floorOf = (tier: Tier) => {
    const index = tiers.indexOf(tier);
    return index === 0 ? lowestShown : tierCeilings[tiers[index - 1] as Exclude<Tier, 'open'>];
  };
  return {
    logMin,
    logMax,
    bands: tiers.map((tier) => ({ tier, low: floorOf(tier), high: tier === 'open' ? 1 : tierCeilings[tier] })),
    comfort: { low: Math.max(comfortBand.low, lowestShown), high: Math.min(comfortBand.high, 1) },
    points: view.results.map((r) => ({ view: r, rank: r.result.rank, skill: r.result.components.skill, etr: r.result.etr.value, emphasised: r.result.rank <= emphasisedCount })),
  };
}

/** "≤ 5%" or, for the open tier, "> 15%". */
export function tierBound(tier: Tier): string {
  if (tier === 'open') return `> ${tierCeilings.tolerant * 100}%`;
  return `≤ ${+(tierCeilings[tier] * 100).toFixed(3)}%`;
}

const comfortFill = '·';

/**
 * The map in a terminal: one row per tier (the loosest on top), rank numbers placed by skill fit,
 * the rows the comfort band touches dotted. Ranks that would collide move to the nearest free
 * place in their row; the top three are bold.
 */
export function renderRiskMapText(view: AdviseView, palette: Palette, width: number): string {
  const { t } = view;
  const map = riskMap(view);
  const nameWidth = Math.max(...map.bands.map((band) => displayWidth(t.tier[band.tier])));
  const rowLabels = map.bands.map((band) => `${padEnd(t.tier[band.tier], nameWidth)} ${tierBound(band.tier)}`);
  const labelWidth = Math.max(...rowLabels.map(displayWidth)) + 1;
  const lead = '  ';
  // The axis line is the widest: the frame, then "  skill fit" after it.
  const cells = Math.max(20, Math.min(50, width - lead.length - 2 - labelWidth - 2 - 2 - displayWidth(t.map.skillFit)));
  const rows = [...map.bands].reverse().map((band) => {
    const inComfort = band.low < map.comfort.high && band.high >= map.comfort.low;
    return { band, label: rowLabels[map.bands.indexOf(band)]!, grid: new Array<string>(cells).fill(inComfort ? comfortFill : ' '), taken: new Array<boolean>(cells).fill(false) };
  });
  let notShown = 0;
  for (const point of [...map.points].sort((a, b) => a.rank - b.rank)) {
    const row = rows.find((r) => r.band.tier === point.view.result.etr.tier)!;
    const label = String(point.rank);
    const start = freeSlot(row.taken, Math.round(point.skill * (cells - 1)), label.length);
    if (start === undefined) {
      notShown++;
      continue;
    }
    [...label].forEach((char, i) => {
      row.grid[start + i] = point.emphasised ? palette.bold(char) : char;
      row.taken[start + i] = true;
    });
  }
  // Wrap with the plain label, then dim it: escape codes must not count toward the line width.
  const plainLabel = `${lead}${padEnd(t.map.title, 15)}`;
  const heading = `${lead}${palette.dim(padEnd(t.map.title, 15))}${wrap(t.map.textLegend(comfortFill), width, ' '.repeat(17), plainLabel).slice(plainLabel.length)}`;
  const lines = rows.map((row) => `${lead}  ${palette.dim(padEnd(row.label, labelWidth))}│${row.grid.join('')}│`);
  const axis = new Array<string>(cells + 2).fill(' ');
  const tick = (text: string, at: number) => [...text].forEach((char, i) => (axis[at + i] = char));
  tick('0%', 1);
  tick('50%', 1 + Math.round((cells - 1) / 2) - 1);
  tick('100%', cells + 1 - 4);
  lines.push(`${lead}  ${' '.repeat(labelWidth)}${axis.join('').trimEnd()}  ${palette.dim(t.map.skillFit)}`);
  if (notShown > 0) lines.push(`${lead}  ${' '.repeat(labelWidth)} ${palette.dim(t.map.notShown(notShown))}`);
  return [heading, ...lines].join('\n');
}

/**
 * The start of a free run of `length` cells as near `want` as possible, with a free cell on
 * either side so that two ranks never read as one number.
 */
function freeSlot(taken: readonly boolean[], want: number, length: number): number | undefined {
  const fits = (start: number) => {
    if (start < 0 || start + length > taken.length) return false;
    for (let i = start - 1; i <= start + length; i++) if (i >= 0 && i < taken.length && taken[i]) return false;
    return true;
  };
  const origin = Math.min(want, taken.length - length);
  for (let offset = 0; offset < taken.length; offset++) {
    if (fits(origin + offset)) return origin + offset;
    if (offset > 0 && fits(origin - offset)) return origin - offset;
  }
  return undefined;
}

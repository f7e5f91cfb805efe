import { describe, expect, it } from 'vitest';
import { adviseReport } from '../../src/report/advise.js';
import { adviseView } from '../../src/render/advise-view.js';
import { plainPalette, type Palette } from '../../src/core/palette.js';
import { renderRiskMapText, riskMap, tierBound } from '../../src/render/risk-map.js';
import { renderRiskMapSvg } from '../../src/render/risk-map-svg.js';
import { displayWidth } from '../../src/render/table.js';
import { profile, tinyCatalog } from '../helpers/tiny-catalog.js';
import { exampleReport } from '../report/example-report.js';

const boldMarks: Palette = { ...plainPalette, bold: (t) => `<${t}>` };
/** The five tier rows of a text map (its heading may wrap to several lines). */
const tierRows = (text: string) => text.split('\n').filter((line) => line.includes('│'));

describe('the risk map model', () => {
  it('spans at least 10^-4 to 1 with the five tiers as bands, and one point per result', async () => {
    const report = await exampleReport('copywriter.yaml', 'en');
    const map = riskMap(adviseView(report));
    expect(map.logMin).toBe(-4);
    expect(map.logMax).toBe(0);
    expect(map.bands.map((b) => [b.tier, b.low, b.high])).toEqual([
      ['critical', 0.0001, 0.001],
      ['strict', 0.001, 0.01],
      ['guarded', 0.01, 0.05],
      ['tolerant', 0.05, 0.15],
      ['open', 0.15, 1],
    ]);
    expect(map.comfort).toEqual({ low: report.profile.comfortBand.low, high: report.profile.comfortBand.high });
    expect(map.points.map((p) => p.rank)).toEqual(report.results.map((r) => r.rank));
    expect(map.points.filter((p) => p.emphasised).map((p) => p.rank)).toEqual([1, 2, 3]);
  });

  it('reaches down far enough for a very strict preference', () => {
    const report = adviseReport({ catalog: tinyCatalog(), profile: profile({ riskAppetite: null, preferredEtr: 0.00001 }), top: 4, domains: [], catalogSource: 'tiny', catalogDigest: 'sha256:test', warnings: [] });
    const map = riskMap(adviseView(report));
    expect(map.logMin).toBe(-6);
    expect(map.comfort.low).toBeGreaterThanOrEqual(10 ** map.logMin);
  });

  it('writes tier bounds as percentages', () => {
    expect(['critical', 'strict', 'guarded', 'tolerant', 'open'].map((t) => tierBound(t as never))).toEqual(['≤ 0.1%', '≤ 1%', '≤ 5%', '≤ 15%', '> 15%']);
  });
});

describe('the text risk map', () => {
  it('shows every rank once, in the row of its tier, the top three in bold', async () => {
    const report = await exampleReport('copywriter.yaml', 'en');
    const text = renderRiskMapText(adviseView(report), boldMarks, 100);
    const rows = tierRows(text);
    expect(rows.map((r) => r.trim().split(/\s+/)[0])).toEqual(['open', 'tolerant', 'guarded', 'strict', 'critical']);
    const ranksIn = (row: string) => (row.split('│')[1]!.match(/\d+/g) ?? []).map(Number);
    expect(rows.flatMap(ranksIn).sort((a, b) => a - b)).toEqual(report.results.map((r) => r.rank));
    for (const result of report.results) {
      const row = rows[['open', 'tolerant', 'guarded', 'strict', 'critical'].indexOf(result.etr.tier)]!;
      expect(ranksIn(row)).toContain(result.rank);
    }
    expect(text).toContain('<1>');
    expect(text).toContain('<3>');
    expect(text).not.toContain('<4>');
  });

  it('dots the rows the comfort band touches', async () => {
    const report = await exampleReport('clinician.yaml', 'en'); // very-low: comfort from about 0.013% to 3%
    const rows = tierRows(renderRiskMapText(adviseView(report), plainPalette, 100));
    const dotted = rows.map((r) => r.split('│')[1]!.includes('·'));
    expect(dotted).toEqual([false, false, true, true, true]);
  });

  it('keeps its frame aligned in English and Chinese, at every width', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const view = adviseView(await exampleReport('zh-product-manager.yaml', lang, { top: 30 }));
      for (const width of [40, 60, 80, 120]) {
        const text = renderRiskMapText(view, plainPalette, width);
        const lines = text.split('\n');
        const rows = tierRows(text);
        expect(rows).toHaveLength(5);
        const frameAt = rows.map((l) => displayWidth(l.slice(0, l.indexOf('│'))));
        expect(new Set(frameAt).size).toBe(1);
        const ends = rows.map((l) => displayWidth(l));
        expect(new Set(ends).size).toBe(1);
        for (const line of lines) expect(displayWidth(line), `${lang} ${width}: ${line}`).toBeLessThanOrEqual(Math.max(width, 64));
      }
    }
  });

  it('moves colliding ranks apart so two never read as one number', () => {
    // copywriter and content-strategist tie on everything: same tier, same skill fit.
    const report = adviseReport({ catalog: tinyCatalog(), profile: profile(), top: 4, domains: [], catalogSource: 'tiny', catalogDigest: 'sha256:test', warnings: [] });
    const text = renderRiskMapText(adviseView(report), plainPalette, 80);
    const ranks = tierRows(text).flatMap((row) => row.split('│')[1]!.match(/\d+/g) ?? []);
    expect(ranks.sort()).toEqual(['1', '2', '3', '4']);
  });
});

describe('the SVG risk map', () => {
  it('has one point per result with its rank, five bands and the comfort band', async () => {
    const report = await exampleReport('teacher.yaml', 'en');
    const svg = renderRiskMapSvg(adviseView(report));
    expect(svg.match(/<g class="point /g)).toHaveLength(report.results.length);
    expect(svg.match(/<g class="point [^"]* top"/g)).toHaveLength(3);
    expect(svg.match(/<rect class="band /g)).toHaveLength(5);
    expect(svg).toContain('<g class="comfort">');
    for (const r of report.results) expect(svg).toContain(`data-rank="${r.rank}"`);
  });

  it('loads nothing: no links, images or external references', async () => {
    const svg = renderRiskMapSvg(adviseView(await exampleReport('clinician.yaml', 'zh')));
    expect(svg).not.toMatch(/href|src=|<image|<script|url\((?!#)/i);
  });
});

import { describe, expect, it } from 'vitest';
import { adviseReport } from '../../src/report/advise.js';
import type { Palette } from '../../src/core/palette.js';
import { plainPalette } from '../../src/core/palette.js';
import { renderAdviseText } from '../../src/render/advise-text.js';
import { profile, tinyCatalog } from '../helpers/tiny-catalog.js';

/** A palette that wraps text in escape codes, as chalk does. */
const ansi = Object.fromEntries(['bold', 'dim', 'red', 'yellow', 'green', 'cyan', 'magenta'].map((name) => [name, (t: string) => `\u001b[2m${t}\u001b[22m`])) as unknown as Palette;
const strip = (text: string) => text.replace(/\u001b\[\d+m/g, '');

const report = adviseReport({
  catalog: tinyCatalog(),
  profile: profile({ riskAppetite: 'very-low', preferredEtr: 0.001 }),
  top: 3,
  domains: [],
  catalogSource: 'tiny',
  catalogDigest: 'sha256:test',
  warnings: [],
  baseline: { profile: profile(), changes: ['--risk very-low'] },
});

describe('renderAdviseText', () => {
  it('wraps and aligns the header, the results and the what-if the same with and without colour', () => {
    // The blocks this renderer lays out itself: the header, each result, the what-if table.
    const own = (text: string) => text.split('\n\n').filter((block) => /^(Career paths|\s+\d+  |What if)/.test(block));
    for (const width of [50, 80, 100]) {
      const plain = own(renderAdviseText(report, plainPalette, width));
      expect(plain).toHaveLength(5);
      expect(own(strip(renderAdviseText(report, ansi, width)))).toEqual(plain);
    }
  });

  it('aligns the what-if columns, and shows the change as the difference of the shown scores', () => {
    // content-strategist: 0.8914 → 0.7051 is −0.1863, but the row shows 89 → 71, so −18.
    const rows = renderAdviseText(report, plainPalette, 100).split('\n').slice(-4);
    expect(rows).toEqual([
      '  ↑ #3 → #1    71 → 79    +8   Title of clinical-nlp-engineer (up)',
      '  + — → #2     — → 73     +26  Title of validation-specialist (entered)',
      '  ↓ #1 → #3    89 → 71    -18  Title of content-strategist (down)',
      '  − #2 → —     89 → —     -19  Title of copywriter (left)',
    ]);
  });
});

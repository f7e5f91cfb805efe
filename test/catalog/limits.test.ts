import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { effortTo, toReady, toStretch } from '../../src/engine/effort.js';
import { roleSchema, type Requirement } from '../../src/model/catalog.js';
import { role } from '../helpers/tiny-catalog.js';

/** n requirements on skills s-00 … , every one at level 5 and importance 5, every third essential. */
const requirements = (n: number): Requirement[] => Array.from({ length: n }, (_, i) => ({ skill: `s-${String(i).padStart(2, '0')}`, level: 5, importance: 5, essential: i % 3 === 0 }));

describe('room for real catalogs', () => {
  it('a role may require up to 40 skills (an O*NET occupation lists some 35 descriptors), not 41', () => {
    expect(z.safeParse(roleSchema, role('r', 'd', 'mid', requirements(40))).success).toBe(true);
    const over = z.safeParse(roleSchema, role('r', 'd', 'mid', requirements(41)));
    expect(over.success).toBe(false);
  });

  it('the effort search stays exact and quick for 40 requirements, starting from nothing', () => {
    const learn = { hoursPerLevel: [10, 20, 30, 40, 50], basis: 'estimate', resources: [] } as never;
    const started = performance.now();
    const ready = effortTo(requirements(40), () => 0, () => learn, toReady);
    const stretch = effortTo(requirements(40), () => 0, () => learn, toStretch);
    // Every essential to its level (14 × 5 steps) and the fit to 0.85 of 200: 34 requirements in full.
    expect(ready.steps).toBe(34 * 5);
    expect(stretch.steps).toBeLessThan(ready.steps);
    // Some 20 ms each on a slow machine; a search that grew out of hand would take seconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

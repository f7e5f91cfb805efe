import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/model/catalog.js';
import { leverage } from '../../src/engine/leverage.js';
import { domain, profile, req, role, skill } from '../helpers/tiny-catalog.js';

/*
 * Domain d's ETR equals the person's preferred 0.03 (R = 1); no interests (N = 0.5); weights
 * 0.6 / 0.3 / 0.1. The person has p 2 and nothing else. All roles are entry level.
 *
 *   r1: p L3 I1*           S 2/3, essential gap, no red flag (2 > 1) → stretch
 *                          p 3: S 1 → ready                                  improved, ready
 *   r2: p L4 I1*           S 0.5, red flag (2 ≤ 2) → long-shot
 *                          p 3: S 0.75, no red flag → stretch                improved
 *   r3: p L5 I1*, q L1 I1  S 0.2, red flag → long-shot
 *                          p 3: S 0.3, still a red flag (3 ≤ 3)              raised only
 *   r4: q L2 I2*           S 0, red flag → long-shot; q 1: S 0.5 → long-shot raised by q only
 *   r5 (domain other): p L3 I1*, like r1, but the profile excludes "other" in the first cases
 *
 * p 2→3: roles improved r1, r2 (2), ready r1 (1), raised r1 r2 r3 (3);
 *        total gain 0.6·(1/3 + 1/4 + 1/10) = 0.41
 * q 0→1: improved 0, raised r3 r4 (2); total gain 0.6·(1/2 + 1/2) = 0.6
 * z 0→1: required by no role, so no gain: left out.
 */
const catalog: Catalog = {
  skills: [skill('p', 'P skill'), skill('q', 'Q skill'), skill('z', 'Z skill')],
  domains: [domain('d', 0.03), domain('other', 0.03)],
  roles: [
    role('r1', 'd', 'entry', [req('p', 3, 1, true)]),
    role('r2', 'd', 'entry', [req('p', 4, 1, true)]),
    role('r3', 'd', 'entry', [req('p', 5, 1, true), req('q', 1, 1, false)]),
    role('r4', 'd', 'entry', [req('q', 2, 2, true)]),
    role('r5', 'other', 'entry', [req('p', 3, 1, true)]),
  ],
};

describe('leverage', () => {
  it('counts the roles each one-level upgrade brings closer, made ready and raised', () => {
    const entries = leverage(catalog, profile({ skills: { p: 2 }, exclude: ['other'] }));
    expect(entries.map((e) => e.skill)).toEqual(['p', 'q']);
    expect(entries[0]).toEqual({ skill: 'p', name: 'P skill', from: 2, to: 3, hours: null, rolesImproved: 2, rolesReady: 1, rolesRaised: 3, totalGain: expect.closeTo(0.41, 12), roles: ['r1', 'r2'] });
    expect(entries[1]).toEqual({ skill: 'q', name: 'Q skill', from: 0, to: 1, hours: null, rolesImproved: 0, rolesReady: 0, rolesRaised: 2, totalGain: expect.closeTo(0.6, 12), roles: [] });
  });

  it('counts roles of every domain not excluded, and only those asked for', () => {
    expect(leverage(catalog, profile({ skills: { p: 2 } }))[0]).toMatchObject({ skill: 'p', rolesImproved: 3, rolesReady: 2, rolesRaised: 4, roles: ['r1', 'r2', 'r5'] });
    expect(leverage(catalog, profile({ skills: { p: 2 } }), ['other'])).toEqual([
      { skill: 'p', name: 'P skill', from: 2, to: 3, hours: null, rolesImproved: 1, rolesReady: 1, rolesRaised: 1, totalGain: expect.closeTo(0.2, 12), roles: ['r5'] },
    ]);
  });

  it('ranks by roles improved before total gain, and skips skills already at 5', () => {
    // q's total gain (0.6) is larger than p's (0.41), yet p improves more roles.
    const entries = leverage(catalog, profile({ skills: { p: 2 }, exclude: ['other'] }));
    expect(entries[1]!.totalGain).toBeGreaterThan(entries[0]!.totalGain);
    expect(leverage(catalog, profile({ skills: { p: 5 }, exclude: ['other'] })).map((e) => e.skill)).toEqual(['q']);
  });

  it('never reads a skill id such as "constructor" from Object.prototype', () => {
    const odd: Catalog = { skills: [skill('constructor')], domains: [domain('d', 0.03)], roles: [role('o', 'd', 'entry', [req('constructor', 1, 1, true)])] };
    expect(leverage(odd, profile({ skills: {} }))).toEqual([
      { skill: 'constructor', name: 'constructor', from: 0, to: 1, hours: null, rolesImproved: 1, rolesReady: 1, rolesRaised: 1, totalGain: expect.closeTo(0.6, 12), roles: ['o'] },
    ]);
  });
});

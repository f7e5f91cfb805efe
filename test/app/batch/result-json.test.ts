import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendResult } from '../../../src/app/batch/result-json.js';
import { Utf8Buffer } from '../../../src/app/batch/utf8-buffer.js';
import type { TopRoles } from '../../../src/engine/top-roles.js';
import type { TopResult } from '../../helpers/top-roles.js';
import { readinessLevels } from '../../../src/model/readiness.js';
import { round } from '../../../src/report/advise.js';

/** What the text must equal: JSON.stringify of the result as an object, numbers rounded. */
function expected(r: TopResult, i: number): string {
  const c = r.components;
  const object = { rank: i + 1, role: r.roleId, domain: r.domainId, score: round(r.score, 4), readiness: r.readiness, components: { skill: round(c.skill, 4), risk: round(c.risk, 4), interest: round(c.interest, 4) } };
  return (i === 0 ? '' : ',') + JSON.stringify(object);
}

const id = fc.stringMatching(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
// Mostly in [0, 1], as scores are, with the edges and some beyond (made each time, not kept).
const value = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, -0, 1, 0.00005, 0.99995, 0.123449999), fc.double({ min: -2, max: 3, noNaN: true }));
// Ids from a small pool too, so that one role meets another at the same place and position.
const result = fc.record({ roleId: fc.oneof(id, fc.constantFrom('r1', 'r2')), domainId: fc.oneof(id, fc.constantFrom('d1', 'd2')), score: value, readiness: fc.constantFrom(...readinessLevels), components: fc.record({ skill: value, risk: value, interest: value }) });

/** The result as appendResult writes it at place i of a top, decoded. */
function resultJson(r: TopResult, i: number, role = 0): string {
  const top: TopRoles = {
    size: i + 1,
    role: Int32Array.from({ length: i + 1 }, () => role),
    roleId: Object.assign([], { [i]: r.roleId }),
    domainId: Object.assign([], { [i]: r.domainId }),
    readiness: Object.assign([], { [i]: r.readiness }),
    score: Object.assign(new Float64Array(i + 1), { [i]: r.score }),
    skill: Object.assign(new Float64Array(i + 1), { [i]: r.components.skill }),
    risk: Object.assign(new Float64Array(i + 1), { [i]: r.components.risk }),
    interest: Object.assign(new Float64Array(i + 1), { [i]: r.components.interest }),
  };
  const out = new Utf8Buffer();
  appendResult(out, top, i);
  return new TextDecoder().decode(out.view());
}

describe('appendResult', () => {
  it('gives the text JSON.stringify gives, whatever the values, ranks and roles (property)', () => {
    fc.assert(
      // Role positions from a few: another role, or another catalog, at a position a text is kept for.
      fc.property(fc.array(fc.tuple(result, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 3 })), { maxLength: 20 }), (results) => {
        // The same role twice in a run: its fragment is kept, and must not go stale.
        for (const [r, i, role] of results) expect(resultJson(r, i, role)).toBe(expected(r, i));
      }),
      { numRuns: 500 },
    );
  });

  it('writes every score and skill fit of four decimals in [0, 1] as JSON.stringify does', () => {
    for (let steps = 0; steps <= 10_000; steps++) {
      const r: TopResult = { roleId: 'r', domainId: 'd', score: steps / 1e4, readiness: 'ready', components: { skill: 1 - steps / 1e4, risk: 0, interest: 1 } };
      expect(resultJson(r, 0)).toBe(expected(r, 0));
    }
  });

  it('a line of results parses as JSON', () => {
    const r: TopResult = { roleId: 'prompt-engineer', domainId: 'content', score: 0.46, readiness: 'stretch', components: { skill: 0.1917, risk: 0.81684, interest: 1 } };
    expect(JSON.parse(`[${resultJson(r, 0)}${resultJson(r, 1)}]`)).toEqual([
      { rank: 1, role: 'prompt-engineer', domain: 'content', score: 0.46, readiness: 'stretch', components: { skill: 0.1917, risk: 0.8168, interest: 1 } },
      { rank: 2, role: 'prompt-engineer', domain: 'content', score: 0.46, readiness: 'stretch', components: { skill: 0.1917, risk: 0.8168, interest: 1 } },
    ]);
  });
});

import type { BriefResult } from '../engine/brief.js';
import type { Readiness } from '../engine/score.js';
import { round } from '../report/advise-report.js';

/**
 * One result of a batch record as JSON text: what JSON.stringify gives for
 * `{ rank, role, domain, score, readiness, components: { skill, risk, interest } }` with every
 * number rounded to four decimals (test/batch/result-json.test.ts holds them equal).
 *
 * Results are most of a batch's output: ten a record, fifty numbers among them. So the text is
 * joined from fragments made once and kept: a role's ids, a readiness, a rounded number with the
 * key before it. A result is then seven fragments instead of twenty-odd, and the writer has that
 * much less to copy flat and the garbage collector that much less to sweep. Role and domain ids
 * are kebab-case (the catalog rules refuse anything else) and readiness is one of three words, so
 * nothing needs escaping.
 */
export function resultJson(r: BriefResult, i: number): string {
  const c = r.components;
  return rankText(i) + roleText(r) + scoreText(r.score) + readinessText[r.readiness] + skillText(c.skill) + riskText(c.risk) + interestText(c.interest);
}

/**
 * Text made of parts, as one flat string: `+` would keep a tree of the parts, and every line
 * that uses the text would copy the tree again when it is written.
 */
const flat = (...parts: string[]): string => parts.join('');

const rankTexts: string[] = [];
/** `{"rank":1,` for the first result, `,{"rank":N,` for the others. */
function rankText(i: number): string {
  return (rankTexts[i] ??= flat(i === 0 ? '' : ',', '{"rank":', String(i + 1), ','));
}

const roleTexts = new Map<string, { domainId: string; text: string }>();
function roleText(r: BriefResult): string {
  const known = roleTexts.get(r.roleId);
  // A role's domain is the same throughout a catalog; checked all the same, as the process may read another.
  if (known !== undefined && known.domainId === r.domainId) return known.text;
  const text = flat('"role":"', r.roleId, '","domain":"', r.domainId, '","score":');
  if (roleTexts.size < 100_000) roleTexts.set(r.roleId, { domainId: r.domainId, text });
  return text;
}

const readinessText: Record<Readiness, string> = {
  ready: ',"readiness":"ready","components":{"skill":',
  stretch: ',"readiness":"stretch","components":{"skill":',
  'long-shot': ',"readiness":"long-shot","components":{"skill":',
};

/**
 * A number rounded to four decimals, as JSON text between `before` and `after`. Scores and
 * components lie in [0, 1], so there are 10,001 such texts; each is made once, with String(),
 * and looked up after. Anything else is made each time.
 */
function fourDecimals(before: string, after: string): (value: number) => string {
  const texts: string[] = [];
  const text = (value: number) => flat(before, String(round(value, 4)), after);
  return (value) => {
    const steps = Math.round(value * 1e4);
    return steps >= 0 && steps <= 1e4 ? (texts[steps] ??= text(value)) : text(value);
  };
}

const scoreText = fourDecimals('', '');
const skillText = scoreText;
const riskText = fourDecimals(',"risk":', '');
const interestText = fourDecimals(',"interest":', '}}');

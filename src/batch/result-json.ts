import type { BriefTop } from '../engine/brief.js';
import type { Readiness } from '../engine/score.js';
import { utf8, type Utf8Buffer } from './utf8-buffer.js';

/**
 * Appends the result at place `at` of a ranking's top as JSON: what JSON.stringify gives for
 * `{ rank, role, domain, score, readiness, components: { skill, risk, interest } }` with every
 * number rounded to four decimals, preceded by a comma after the first (test/batch/result-json.test.ts
 * holds them equal).
 *
 * Results are most of a batch's output: ten a record, fifty numbers among them. So every part is
 * encoded once and kept: a role's ids, a readiness, the keys, each rounded number. Role and domain
 * ids are kebab-case (the catalog rules refuse anything else) and readiness is one of three words,
 * so nothing needs escaping.
 */
export function appendResult(out: Utf8Buffer, top: BriefTop, at: number): void {
  out.append(rankText(at));
  out.append(roleText(top.roleId[at]!, top.domainId[at]!));
  appendRounded(out, top.score[at]!);
  out.append(readinessText[top.readiness[at]!]);
  appendRounded(out, top.skill[at]!);
  out.append(riskKey);
  appendRounded(out, top.risk[at]!);
  out.append(interestKey);
  appendRounded(out, top.interest[at]!);
  out.append(resultEnd);
}

const rankTexts: Uint8Array[] = [];
/** `{"rank":1,` for the first result, `,{"rank":N,` for the others. */
function rankText(i: number): Uint8Array {
  return (rankTexts[i] ??= utf8(`${i === 0 ? '' : ','}{"rank":${i + 1},`));
}

const roleTexts = new Map<string, { domainId: string; text: Uint8Array }>();
function roleText(roleId: string, domainId: string): Uint8Array {
  const known = roleTexts.get(roleId);
  // A role's domain is the same throughout a catalog; checked all the same, as the process may read another.
  if (known !== undefined && known.domainId === domainId) return known.text;
  const text = utf8(`"role":"${roleId}","domain":"${domainId}","score":`);
  if (roleTexts.size < 100_000) roleTexts.set(roleId, { domainId, text });
  return text;
}

const readinessText: Record<Readiness, Uint8Array> = {
  ready: utf8(',"readiness":"ready","components":{"skill":'),
  stretch: utf8(',"readiness":"stretch","components":{"skill":'),
  'long-shot': utf8(',"readiness":"long-shot","components":{"skill":'),
};
const riskKey = utf8(',"risk":');
const interestKey = utf8(',"interest":');
const resultEnd = utf8('}}');

/**
 * Scores and components lie in [0, 1], so rounded to four decimals there are 10,001 of them: each
 * one's text is made once, with String(), into a slot of this table, and copied from there after.
 * String() of a multiple of 0.0001 in [0, 1] is at most six characters ("0.1234").
 */
const slot = 8;
const roundedTexts = new Uint8Array(10_001 * slot);
const roundedLengths = new Uint8Array(10_001);

/** A number rounded to four decimals, as JSON text; JSON.stringify(-0) is "0", as String(-0) is. */
function appendRounded(out: Utf8Buffer, value: number): void {
  const steps = Math.round(value * 1e4);
  if (!(steps >= 0 && steps <= 1e4)) {
    out.appendText(String(steps / 1e4));
    return;
  }
  const start = steps * slot;
  let length = roundedLengths[steps]!;
  if (length === 0) {
    const text = String(steps / 1e4);
    for (let i = 0; i < text.length; i++) roundedTexts[start + i] = text.charCodeAt(i);
    roundedLengths[steps] = length = text.length;
  }
  out.append(roundedTexts, start, start + length);
}

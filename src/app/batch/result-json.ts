import type { TopRoles } from '../../engine/top-roles.js';
import type { Readiness } from '../../model/readiness.js';
import { utf8, type Utf8Buffer } from './utf8-buffer.js';

/**
 * Appends the result at place `at` of a ranking's top as JSON: what JSON.stringify gives for
 * `{ rank, role, domain, score, readiness, components: { skill, risk, interest } }` with every
 * number rounded to four decimals, preceded by a comma after the first (test/app/batch/result-json.test.ts
 * holds them equal).
 *
 * Results are most of a batch's output: ten a record, fifty numbers among them. So the text is
 * copied from parts encoded once and kept: the rank with the role and domain; the readiness; the
 * risk and interest fits, which take few values (a role's risk fit depends only on the person's
 * preferred ETR, its interest fit is 1, 0.5 or 0.25). The score and the skill fit between them
 * are written digit by digit. Role and domain ids are kebab-case (the catalog rules refuse
 * anything else) and readiness is one of three words, so nothing needs escaping.
 */
export function appendResult(out: Utf8Buffer, top: TopRoles, at: number): void {
  out.append(placeText(at, top.role[at]!, top.roleId[at]!, top.domainId[at]!));
  appendRounded(out, top.score[at]!);
  out.append(readinessText(top.readiness[at]!));
  appendRounded(out, top.skill[at]!);
  out.append(fitsText(top.risk[at]!, top.interest[at]!));
}

/** Kept parts, up to this many of a kind: a batch uses a few thousand; more would only be a leak. */
const keep = 100_000;

/**
 * Per place, per role position: `{"rank":1,"role":"…","domain":"…","score":`, with a comma
 * before after the first. Checked by id as well: the positions are a catalog's, and the process
 * may read another.
 */
const placeTexts: ({ roleId: string; domainId: string; text: Uint8Array } | undefined)[][] = [];
function placeText(at: number, role: number, roleId: string, domainId: string): Uint8Array {
  const texts = (placeTexts[at] ??= []);
  const known = texts[role];
  if (known !== undefined && known.roleId === roleId && known.domainId === domainId) return known.text;
  const text = utf8(`${at === 0 ? '' : ','}{"rank":${at + 1},"role":"${roleId}","domain":"${domainId}","score":`);
  if (role < keep) texts[role] = { roleId, domainId, text };
  return text;
}

const readyText = utf8(',"readiness":"ready","components":{"skill":');
const stretchText = utf8(',"readiness":"stretch","components":{"skill":');
const longShotText = utf8(',"readiness":"long-shot","components":{"skill":');

/**
 * Compared, not looked up by key: a keyed lookup that meets a readiness after V8 has optimised
 * it for the others throws the optimised code away.
 */
function readinessText(readiness: Readiness): Uint8Array {
  return readiness === 'ready' ? readyText : readiness === 'stretch' ? stretchText : longShotText;
}

/** `,"risk":…,"interest":…}}`, by the two numbers' steps of 0.0001. */
const fitsTexts = new Map<number, Uint8Array>();
function fitsText(risk: number, interest: number): Uint8Array {
  const riskSteps = Math.round(risk * 1e4);
  const interestSteps = Math.round(interest * 1e4);
  const inRange = riskSteps >= 0 && riskSteps <= 1e4 && interestSteps >= 0 && interestSteps <= 1e4;
  const key = riskSteps * 10_001 + interestSteps;
  const known = inRange ? fitsTexts.get(key) : undefined;
  if (known !== undefined) return known;
  const text = utf8(`,"risk":${rounded(riskSteps)},"interest":${rounded(interestSteps)}}}`);
  if (inRange && fitsTexts.size < keep) fitsTexts.set(key, text);
  return text;
}

/**
 * A number of steps of 0.0001 as JSON text: round(value, 4) is exactly steps / 10000, and
 * JSON.stringify(-0) is "0", as String(-0) is.
 */
function rounded(steps: number): string {
  return String(steps / 1e4);
}

/**
 * Appends a score or skill fit rounded to four decimals, as JSON.stringify writes it. They lie in
 * [0, 1], where the text of `steps` (the value in steps of 0.0001) is "0", "1", or "0." and up
 * to four digits with no trailing zero: written digit by digit straight into the buffer.
 */
function appendRounded(out: Utf8Buffer, value: number): void {
  const steps = Math.round(value * 1e4);
  if (!(steps >= 0 && steps <= 1e4)) {
    out.appendText(rounded(steps));
    return;
  }
  const bytes = out.room(6);
  let at = out.length;
  if (steps === 0 || steps === 1e4) {
    bytes[at] = steps === 0 ? 0x30 : 0x31; // 0 or 1
    out.length = at + 1;
    return;
  }
  bytes[at++] = 0x30; // 0
  bytes[at++] = 0x2e; // .
  for (let rest = steps, unit = 1000; rest !== 0; unit /= 10) {
    // `| 0` rather than Math.floor, a call until V8 optimises this: the same for these small whole numbers.
    const digit = (rest / unit) | 0;
    bytes[at++] = 0x30 + digit;
    rest -= digit * unit;
  }
  out.length = at;
}

import * as z from 'zod/mini';
import { described } from '../model/described.js';
import type { Catalog } from '../model/catalog.js';
import { compareIds } from '../model/ids.js';
import { langs, type Lang } from '../model/lang.js';
import { readinessLevels } from '../model/readiness.js';
import { tallySteps, type TeamPick, type TeamTally } from '../engine/team.js';

/*
 * The result of `etr team`: the view over many people, and at the same time a partial aggregate
 * that `etr team --merge` adds to others. Everything in it is either a whole-number count or
 * derived from counts and the catalog (names, order, mean hours), so merging parts gives, byte for
 * byte, the report of one run over all their inputs. The zod schema is the contract (objects
 * closed); `etr schema team` turns it into a JSON Schema; TeamReport is derived from it.
 */

export const teamSchemaVersion = 1;

// Each field's description is what `etr schema team` writes on it, for consumers of the JSON.

const count = z.int().check(z.minimum(0));
/** People counted by readiness: `whose` says whose readiness ("the role's", "the closest role's of the domain"). */
const readinessCounts = (whose: string) => ({
  ready: described(count, `People for whom ${whose} is ready.`),
  stretch: described(count, `People for whom ${whose} is a stretch.`),
  longShot: described(count, `People for whom ${whose} is a long shot.`),
});
const skillId = described(z.string(), 'The skill\'s id.');
const skillName = described(z.string(), 'Its name in the report\'s language.');

export const teamOptionsSchema = z.strictObject({
  top: described(z.int().check(z.minimum(1)), 'N: the roles of each person counted (--top).'),
  domains: described(z.array(z.string()), 'The domains the ranking was limited to (--domain); empty for all.'),
  risk: described(z.nullable(z.string()), '--risk as given, or null.'),
  weights: described(z.nullable(z.string()), '--weights as given, or null.'),
  set: described(z.array(z.string()), 'The --set overrides as given, e.g. "python=4".'),
  hoursPerWeek: described(z.nullable(z.number()), '--hours-per-week as given, or null.'),
  strict: described(z.boolean(), 'Whether --strict was given.'),
  people: described(z.boolean(), 'Whether --people was given.'),
  anonymize: described(z.boolean(), 'Whether --anonymize was given.'),
});

export const teamRoleSchema = z.strictObject({
  role: described(z.string(), 'The role\'s id.'),
  title: described(z.string(), 'Its title in the report\'s language.'),
  domain: described(z.string(), 'The id of its domain.'),
  ...readinessCounts('the role'),
});
export const teamDomainSchema = z.strictObject({
  domain: described(z.string(), 'The domain\'s id.'),
  name: described(z.string(), 'Its name in the report\'s language.'),
  ...readinessCounts('the closest of its roles among their top N'),
});
export const teamLeverageSchema = z.strictObject({
  skill: skillId,
  name: skillName,
  toReady: described(count, 'People for whom the next level of the skill makes a role of their top N ready.'),
  toStretch: described(count, 'People for whom it makes a long shot of their top N a stretch.'),
  from: described(z.array(count).check(z.length(5)), 'Those people by their level of the skill now: five counts, for levels 0–4.'),
  hours: described(z.nullable(z.number().check(z.minimum(0))), 'The catalog\'s hours for that next level, the mean over the people counted; null where the catalog gives none.'),
});
export const teamSkillSchema = z.strictObject({
  skill: skillId,
  name: skillName,
  levels: described(z.array(count).check(z.length(6)), 'People at each level: six counts, for levels 0–5 (level 0: not held).'),
  neededBy: described(count, 'How many of the catalog\'s roles require the skill.'),
});
export const teamPersonSchema = z.strictObject({
  index: described(z.int().check(z.minimum(1)), 'The person\'s place in the input, from 1.'),
  name: described(z.nullable(z.string()), 'Their name; null with --anonymize.'),
  top: described(
    z.array(
      z.strictObject({
        role: described(z.string(), 'The role\'s id.'),
        title: described(z.string(), 'Its title in the report\'s language.'),
        readiness: described(z.enum(readinessLevels), 'ready, stretch or long-shot.'),
        score: described(z.number(), 'The total score T, as `etr advise` gives it.'),
      }),
    ),
    'Their top 3 roles, best first.',
  ),
});

export const teamReportSchema = z.strictObject({
  schemaVersion: described(z.literal(teamSchemaVersion), 'The version of this contract; --merge refuses another.'),
  kind: described(z.literal('etr-team'), 'Says the file is an etr team report, for --merge.'),
  catalog: described(
    z.strictObject({ source: described(z.string(), '"built-in" or the catalog directory.'), digest: described(z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)), 'sha256: and the hex digest of the catalog\'s content.') }),
    'The catalog the counts were made with: --merge refuses parts of different digests.',
  ),
  options: described(teamOptionsSchema, 'The options of the run; --merge refuses parts made with different ones.'),
  lang: described(z.enum(langs), 'The language of the names (--lang).'),
  profiles: described(count, 'Profiles counted.'),
  failed: described(count, 'Records that could not be read as profiles (not counted elsewhere).'),
  best: described(
    z.strictObject({ ...readinessCounts('the best of their top N'), none: described(count, 'People with no role in reach.') }),
    'People by the best readiness among their top N; none: no role in reach.',
  ),
  roles: described(z.array(teamRoleSchema), 'Roles that are among someone\'s top N, most ready people first.'),
  domains: described(z.array(teamDomainSchema), 'Domains with a role among someone\'s top N.'),
  leverage: described(z.array(teamLeverageSchema), 'Skills whose next level would move someone, most people to ready first.'),
  skills: described(z.array(teamSkillSchema), 'Every catalog skill, in id order.'),
  unheld: described(z.array(z.string()), 'Ids of the skills some role requires and nobody holds.'),
  people: described(z.nullable(z.array(teamPersonSchema)), 'With --people: each person\'s top 3, in input order; otherwise null.'),
});

export type TeamReport = z.output<typeof teamReportSchema>;
export type TeamOptions = z.output<typeof teamOptionsSchema>;

/** A person of `--people`: their index in the input, their name (null with --anonymize) and their top 3. */
export interface TeamPersonPicks {
  index: number;
  name: string | null;
  top: TeamPick[];
}

export interface TeamContext {
  catalog: Catalog;
  source: string;
  digest: string;
  options: TeamOptions;
  lang: Lang;
}

/** The report of a tally: counts in catalog-independent order (most first, then by id), with names in `lang`. */
export function teamReport(tally: TeamTally, people: readonly TeamPersonPicks[] | null, { catalog, source, digest, options, lang }: TeamContext): TeamReport {
  const zh = lang === 'zh';
  const roleTitle = new Map(catalog.roles.map((r) => [r.id, zh && r.zh ? r.zh.title : r.title]));
  const at3 = (counts: Float64Array, i: number) => ({ ready: counts[i * tallySteps]!, stretch: counts[i * tallySteps + 1]!, longShot: counts[i * tallySteps + 2]! });
  const byReadiness = (a: { ready: number; stretch: number; longShot: number }, b: typeof a) => b.ready - a.ready || b.stretch - a.stretch || b.longShot - a.longShot;
  const roles = catalog.roles
    .map((role, i) => ({ role: role.id, title: roleTitle.get(role.id)!, domain: role.domain, ...at3(tally.roles, i) }))
    .filter((r) => r.ready + r.stretch + r.longShot > 0)
    .sort((a, b) => byReadiness(a, b) || compareIds(a.role, b.role));
  const domains = catalog.domains
    .map((domain, i) => ({ domain: domain.id, name: zh && domain.zh ? domain.zh.name : domain.name, ...at3(tally.domains, i) }))
    .filter((d) => d.ready + d.stretch + d.longShot > 0)
    .sort((a, b) => byReadiness(a, b) || compareIds(a.domain, b.domain));
  const neededBy = new Map<string, number>();
  for (const role of catalog.roles) for (const r of role.skills) neededBy.set(r.skill, (neededBy.get(r.skill) ?? 0) + 1);
  const skillName = (i: number) => {
    const skill = catalog.skills[i]!;
    return zh && skill.zh ? skill.zh.name : skill.name;
  };
  const leverage = catalog.skills
    .map((skill, i) => {
      const from = Array.from(tally.from.subarray(i * 5, i * 5 + 5));
      const people = from.reduce((sum, n) => sum + n, 0);
      // The mean hours of the next level over the people counted: from whole counts, in level order, so the same however the input was split.
      const hours = skill.learn && people > 0 ? Math.round((from.reduce((sum, n, level) => sum + n * skill.learn!.hoursPerLevel[level]!, 0) / people) * 10) / 10 : null;
      return { skill: skill.id, name: skillName(i), toReady: tally.toReady[i]!, toStretch: tally.toStretch[i]!, from, hours };
    })
    .filter((l) => l.toReady + l.toStretch > 0)
    .sort((a, b) => b.toReady - a.toReady || b.toStretch - a.toStretch || compareIds(a.skill, b.skill));
  const skills = catalog.skills.map((skill, i) => {
    const levels = Array.from(tally.levels.subarray(i * 6, i * 6 + 6));
    levels[0] = tally.profiles - levels.reduce((sum, n) => sum + n, 0);
    return { skill: skill.id, name: skillName(i), levels, neededBy: neededBy.get(skill.id) ?? 0 };
  });
  const unheld = skills.filter((s) => s.neededBy > 0 && s.levels[0] === tally.profiles).map((s) => s.skill);
  const best = { ready: tally.best[0]!, stretch: tally.best[1]!, longShot: tally.best[2]!, none: tally.best[3]! };
  return {
    schemaVersion: teamSchemaVersion,
    kind: 'etr-team',
    catalog: { source, digest },
    options,
    lang,
    profiles: tally.profiles,
    failed: tally.failed,
    best,
    roles,
    domains,
    leverage,
    skills,
    unheld,
    people: people === null ? null : people.map((p) => ({ index: p.index, name: p.name, top: p.top.map((t) => ({ role: t.role, title: roleTitle.get(t.role) ?? t.role, readiness: t.readiness, score: t.score })) })),
  };
}

/**
 * Adds a report's counts to a tally of the same catalog (the caller has checked the digest): the
 * way back from a partial aggregate to numbers that merge.
 */
export function addReportToTally(report: TeamReport, tally: TeamTally): void {
  const { layout } = tally;
  const position = (positions: ReadonlyMap<string, number>, id: string) => {
    const found = positions.get(id);
    if (found === undefined) throw new Error(`${id} is not in the catalog the file names`);
    return found;
  };
  tally.profiles += report.profiles;
  tally.failed += report.failed;
  const { ready, stretch, longShot, none } = report.best;
  [ready, stretch, longShot, none].forEach((n, i) => (tally.best[i]! += n));
  for (const r of report.roles) addThree(tally.roles, position(layout.rolePositions, r.role), r);
  for (const d of report.domains) addThree(tally.domains, position(layout.domainPositions, d.domain), d);
  for (const l of report.leverage) {
    const s = position(layout.skillPositions, l.skill);
    tally.toReady[s]! += l.toReady;
    tally.toStretch[s]! += l.toStretch;
    l.from.forEach((n, level) => (tally.from[s * 5 + level]! += n));
  }
  for (const skill of report.skills) {
    const s = position(layout.skillPositions, skill.skill);
    for (let level = 1; level <= 5; level++) tally.levels[s * 6 + level]! += skill.levels[level]!;
  }
}

function addThree(counts: Float64Array, i: number, { ready, stretch, longShot }: { ready: number; stretch: number; longShot: number }): void {
  counts[i * tallySteps]! += ready;
  counts[i * tallySteps + 1]! += stretch;
  counts[i * tallySteps + 2]! += longShot;
}

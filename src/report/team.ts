import * as z from 'zod/mini';
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

const count = z.int().check(z.minimum(0));
const readinessCounts = { ready: count, stretch: count, longShot: count };

export const teamOptionsSchema = z.strictObject({
  top: z.int().check(z.minimum(1)),
  domains: z.array(z.string()),
  risk: z.nullable(z.string()),
  weights: z.nullable(z.string()),
  set: z.array(z.string()),
  hoursPerWeek: z.nullable(z.number()),
  strict: z.boolean(),
  people: z.boolean(),
  anonymize: z.boolean(),
});

export const teamRoleSchema = z.strictObject({ role: z.string(), title: z.string(), domain: z.string(), ...readinessCounts });
export const teamDomainSchema = z.strictObject({ domain: z.string(), name: z.string(), ...readinessCounts });
export const teamLeverageSchema = z.strictObject({
  skill: z.string(),
  name: z.string(),
  toReady: count,
  toStretch: count,
  from: z.array(count).check(z.length(5)),
  hours: z.nullable(z.number().check(z.minimum(0))),
});
export const teamSkillSchema = z.strictObject({ skill: z.string(), name: z.string(), levels: z.array(count).check(z.length(6)), neededBy: count });
export const teamPersonSchema = z.strictObject({
  index: z.int().check(z.minimum(1)),
  name: z.nullable(z.string()),
  top: z.array(z.strictObject({ role: z.string(), title: z.string(), readiness: z.enum(readinessLevels), score: z.number() })),
});

export const teamReportSchema = z.strictObject({
  schemaVersion: z.literal(teamSchemaVersion),
  kind: z.literal('etr-team'),
  catalog: z.strictObject({ source: z.string(), digest: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)) }),
  options: teamOptionsSchema,
  lang: z.enum(langs),
  profiles: count,
  failed: count,
  best: z.strictObject({ ...readinessCounts, none: count }),
  roles: z.array(teamRoleSchema),
  domains: z.array(teamDomainSchema),
  leverage: z.array(teamLeverageSchema),
  skills: z.array(teamSkillSchema),
  unheld: z.array(z.string()),
  people: z.nullable(z.array(teamPersonSchema)),
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

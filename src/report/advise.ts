import type { Catalog, Region, Skill } from '../model/catalog.js';
import { compareRankings } from '../engine/compare.js';
import { rankRoles, type ScoredRole } from '../engine/rank.js';
import { type Profile } from '../model/profile.js';
import { tierOf } from '../model/etr.js';
import { roleEffort } from '../engine/effort.js';
import { weeksAt } from '../model/hours.js';
import { skillLevel, sortedSkills } from '../model/levels.js';
import { comfortBand, skillFit, type Gap } from '../engine/score.js';
import { experienceNeeded } from '../model/readiness.js';
import { rankingStability } from '../engine/stability.js';
import { explanationInput, riskSentenceInput } from './sentence-inputs.js';
import { messages } from './i18n.js';
import { type Lang } from '../model/lang.js';
import { reportSchemaVersion, type Report, type ReportLocalized, type ReportResult, type ReportSkillRequirement } from './types.js';
import { type ReportProblem } from '../core/problem.js';

/*
 * The report of `etr advise`: the engine's ranking (engine/rank.ts) turned into the plain,
 * rounded, versioned data that every renderer and the JSON output share, with its sentences in
 * the report's language. It lives here, not in the engine, so that the engine knows nothing of
 * reports or languages.
 */

export interface AdviseInput {
  catalog: Catalog;
  profile: Profile;
  top: number;
  domains: readonly string[];
  catalogSource: string;
  catalogDigest: string;
  warnings: ReportProblem[];
  /** With a baseline (the profile before what-if overrides), the report compares the two rankings. */
  baseline?: { profile: Profile; changes: string[] };
  /** The language of the report's sentences and renderings; en when absent. */
  lang?: Lang;
  /** The region whose rules the catalog was projected for (engine/region.ts); null or absent when none was given. */
  region?: Region | null;
}

/** The whole report for one person: plain data that every renderer and the JSON output share. */
export function adviseReport(input: AdviseInput): Report {
  const { catalog, profile } = input;
  const skills = new Map(catalog.skills.map((s) => [s.id, s]));
  const ranked = rankRoles(catalog, profile, input.domains);
  const stability = rankingStability(ranked.map((s) => ({ id: s.role.id, components: s.components })), input.top);
  const lang = input.lang ?? 'en';
  const currentRole = profile.currentRole === null ? undefined : catalog.roles.find((r) => r.id === profile.currentRole);
  const nextSteps = new Set(currentRole?.related ?? []);
  const results = ranked.slice(0, input.top).map((scored, index) => toResult(scored, index + 1, profile, skills, stability.get(scored.role.id)!, nextSteps.has(scored.role.id), lang));
  const comparison = input.baseline
    ? {
        changes: input.baseline.changes,
        roles: compareRankings(rankRoles(catalog, input.baseline.profile, input.domains), ranked, input.top).map((change) => ({
          ...change,
          before: change.before && { rank: change.before.rank, score: round(change.before.score, 4) },
          after: change.after && { rank: change.after.rank, score: round(change.after.score, 4) },
          delta: round(change.delta, 4),
        })),
      }
    : null;
  return {
    schemaVersion: reportSchemaVersion,
    profile: {
      name: profile.name,
      riskAppetite: profile.riskAppetite,
      preferredEtr: profile.preferredEtr,
      comfortBand: mapValues(comfortBand(profile.preferredEtr), roundEtr),
      experienceYears: profile.experienceYears,
      hoursPerWeek: profile.hoursPerWeek,
      // Sorted, so the order the caller listed skills in never shows in the output.
      skills: sortedSkills(profile.skills),
      implied: { ...profile.implied },
      currentRole: currentRole ? { id: currentRole.id, title: currentRole.title } : null,
      interests: [...profile.interests],
      exclude: [...profile.exclude],
    },
    weights: mapValues(profile.weights, (v) => round(v, 4)),
    // The digest read when first read (JSON and HTML show it, text does not): hashing a large catalog costs a run.
    catalog: {
      source: input.catalogSource,
      get digest() {
        return input.catalogDigest;
      },
      domains: catalog.domains.length,
      roles: catalog.roles.length,
      skills: catalog.skills.length,
    },
    filters: { top: input.top, domains: [...input.domains] },
    considered: ranked.length,
    warnings: input.warnings,
    results,
    comparison,
    lang,
    region: input.region ?? null,
    localized: lang === 'en' ? null : localizedNames(catalog, results, [...(comparison?.roles.map((r) => r.role) ?? []), ...(currentRole ? [currentRole.id] : [])]),
  };
}

/** The catalog's zh translations of the domains, roles and skills that the report names. */
function localizedNames(catalog: Catalog, results: readonly ReportResult[], otherRoles: readonly string[]): ReportLocalized {
  const roleIds = new Set([...results.map((r) => r.role.id), ...otherRoles]);
  const domainIds = new Set(results.map((r) => r.domain.id));
  const skillIds = new Set(results.flatMap((r) => [...r.redFlags, ...r.gaps, ...r.strengths].flatMap((s) => (s.impliedBy ? [s.skill, s.impliedBy.skill] : [s.skill]))));
  const localized: ReportLocalized = { domains: {}, roles: {}, skills: {} };
  // The long texts only where the catalog translates them (and, for etrReason, where the role has
  // one), so that JSON consumers and renderers fall back to the catalog's own text otherwise.
  // The report does not carry a domain's rationale, so neither does this.
  for (const domain of catalog.domains) {
    if (!domainIds.has(domain.id) || !domain.zh) continue;
    const { name, strategies } = domain.zh;
    localized.domains[domain.id] = {
      name,
      // A list of another length would not line up with the English one; validate warns of it.
      ...(strategies !== undefined && strategies.length === domain.strategies.length && { strategies: [...strategies] }),
    };
  }
  for (const role of catalog.roles) {
    if (!roleIds.has(role.id) || !role.zh) continue;
    const { title, summary, portfolioProject, outlookReason, etrReason } = role.zh;
    localized.roles[role.id] = {
      title,
      summary,
      ...(portfolioProject !== undefined && { portfolioProject }),
      ...(outlookReason !== undefined && { outlookReason }),
      ...(etrReason !== undefined && role.etrReason !== undefined && { etrReason }),
    };
  }
  for (const skill of catalog.skills) if (skillIds.has(skill.id) && skill.zh) localized.skills[skill.id] = { name: skill.zh.name };
  return localized;
}

function toResult(scored: ScoredRole, rank: number, profile: Profile, skills: ReadonlyMap<string, Skill>, stability: number, nextStep: boolean, lang: Lang): ReportResult {
  const { role, domain } = scored;
  // Listed only for the roles the report shows; ranking needed their summary alone.
  const fit = skillFit(role.skills, (skill) => skillLevel(profile.skills, skill));
  const source = role.etr === undefined ? 'domain' : 'role';
  const impliedBy = (skill: string) => {
    const by = profile.implied?.[skill];
    return by === undefined ? null : { skill: by, name: skills.get(by)?.name ?? by };
  };
  const requirement = (gap: Gap): ReportSkillRequirement => ({ skill: gap.skill, name: skills.get(gap.skill)?.name ?? gap.skill, have: gap.have, need: gap.need, importance: gap.importance, essential: gap.essential, impliedBy: impliedBy(gap.skill) });
  const result: ReportResult = {
    rank,
    score: round(scored.score, 4),
    role: { id: role.id, title: role.title, domain: role.domain, seniority: role.seniority },
    domain: { id: domain.id, name: domain.name, etr: domain.etr, tier: domain.tier, euAiAct: domain.euAiAct },
    etr: { value: scored.etr, tier: tierOf(scored.etr), source, reason: role.etrReason ?? null },
    components: mapValues(scored.components, (v) => round(v, 4)),
    riskDecades: round(scored.decades, 4),
    readiness: scored.readiness,
    nextStep,
    stability: round(stability, 4),
    redFlags: fit.redFlags.map(requirement),
    gaps: fit.gaps.map(requirement),
    strengths: fit.strengths.map(requirement),
    riskSentence: '',
    explanation: '',
    strategies: [...domain.strategies],
    portfolioProject: role.portfolioProject,
    outlook: { ...role.outlook },
    summary: role.summary,
    effort: effortOf(scored, profile, skills),
  };
  // The sentences come from the report's own (rounded) numbers, as renderers build them, so a
  // rendering in any language says exactly what the JSON says.
  const reportProfile = { preferredEtr: profile.preferredEtr, experienceYears: profile.experienceYears, interests: profile.interests };
  const t = messages(lang);
  result.riskSentence = t.riskSentence(riskSentenceInput(reportProfile, result));
  result.explanation = t.explanation(explanationInput(reportProfile, result));
  return result;
}

/** An ETR to six decimals, or to four significant digits where six decimals would round it to 0. */
function roundEtr(value: number): number {
  return value > 0 ? round(value, Math.max(6, 3 - Math.floor(Math.log10(value)))) : 0;
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function mapValues<T extends { [K in keyof T]: number }>(record: T, fn: (value: number) => number): T {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v as number)])) as T;
}

/** The least learning to ready, and to stretch for a long shot, in steps, hours and weeks. */
function effortOf(scored: ScoredRole, profile: Profile, skills: ReadonlyMap<string, Skill>): ReportResult['effort'] {
  const levelOf = (skill: string) => skillLevel(profile.skills, skill);
  const effort = roleEffort(scored.role.skills, levelOf, (skill) => skills.get(skill)?.learn, scored.readiness === 'long-shot', experienceNeeded[scored.role.seniority], profile.experienceYears);
  const withWeeks = ({ steps, hours }: { steps: number; hours: number | null }) => ({ steps, hours, weeks: weeksAt(hours, profile.hoursPerWeek) });
  return { ready: withWeeks(effort.ready), stretch: effort.stretch && withWeeks(effort.stretch), yearsShort: effort.yearsShort };
}

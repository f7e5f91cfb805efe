import { explanationInput, riskSentenceInput } from '../report/sentence-inputs.js';
import { messages, type Messages } from '../report/i18n.js';
import { percent } from './text-layout.js';
import type { Report, ReportComparison, ReportResult, ReportSkillRequirement } from '../report/types.js';

/**
 * What every advise renderer (text, markdown, html) shows, worked out once from the Report in the
 * report's language: localized names, labels and sentences. Renderers only lay it out.
 */
export interface AdviseView {
  t: Messages;
  report: Report;
  title: string;
  /** "high: comfortable where about 10% of … (risk fit ≥ 50% from 1.3% to 100%)" */
  appetite: string;
  /** What the appetite means for the stakes of the work: whole sentences. */
  appetiteMeaning: string;
  /** "your current role" line: its title in the report's language and what the report does with it; null without one. */
  currentRole: string | null;
  weights: { label: string; value: string }[];
  catalogSource: string;
  catalogSize: string;
  results: ResultView[];
  comparison: ComparisonView | null;
}

export interface ResultView {
  result: ReportResult;
  title: string;
  summary: string;
  domainName: string;
  /** The tier of the role's domain, and of the ETR the role works under (they differ with an override). */
  domainTier: string;
  etrTier: string;
  etrNote: string;
  seniority: string;
  readiness: string;
  /** The mark of a natural next step from the current role ("↗ next step"); null for the other roles. */
  nextStep: string | null;
  /** "robust 98%" */
  stability: string;
  riskSentence: string;
  explanation: string;
  redFlags: SkillView[];
  gaps: SkillView[];
  strengths: SkillView[];
  /** The levels of this role's skills that come from skills the person rated: "Statistics 2 (from Psychometrics)". */
  implied: string[];
  trend: string;
  /** The catalog's long texts in the report's language, or as the catalog gives them where it has no translation. */
  strategies: string[];
  portfolioProject: string;
  outlookReason: string;
  /** How long to ready (and stretch) at the person's hours a week, in the report's language. */
  effort: string;
  /** The reason for the role's own ETR; null when it works under its domain's. */
  etrReason: string | null;
  components: { key: 'skill' | 'risk' | 'interest'; label: string; value: number; weight: number }[];
}

export interface SkillView extends ReportSkillRequirement {
  /** The skill's name in the report's language. */
  label: string;
  /** "Python* 1→4": a star for essential skills. */
  haveNeed: string;
}

export interface ComparisonView {
  changes: string;
  roles: (ReportComparison['roles'][number] & { label: string; movementLabel: string })[];
}

export function adviseView(report: Report): AdviseView {
  const t = messages(report.lang);
  const { profile, weights, catalog } = report;
  const names = localNames(report);
  return {
    t,
    report,
    title: t.careerPathsFor(profile.name),
    appetite: t.appetiteSentence(profile.riskAppetite, profile.preferredEtr, profile.comfortBand),
    appetiteMeaning: t.appetiteMeaning(profile.riskAppetite, profile.preferredEtr),
    currentRole: profile.currentRole && t.currentRole(names.role(profile.currentRole.id, profile.currentRole.title)),
    weights: (['skill', 'risk', 'interest'] as const).map((key) => ({ label: t.component[key], value: weights[key].toFixed(2) })),
    catalogSource: t.catalogSource(catalog.source),
    catalogSize: t.catalogSize(catalog.roles, catalog.domains),
    results: report.results.map((result) => resultView(report, result, t, names)),
    comparison: report.comparison && {
      changes: report.comparison.changes.join(' '),
      roles: report.comparison.roles.map((change) => ({ ...change, label: names.role(change.role, change.title), movementLabel: t.movement[change.movement] })),
    },
  };
}

function resultView(report: Report, result: ReportResult, t: Messages, names: LocalNames): ResultView {
  const skill = (requirement: ReportSkillRequirement): SkillView => {
    const label = names.skill(requirement.skill, requirement.name);
    return { ...requirement, label, haveNeed: `${label}${requirement.essential ? '*' : ''} ${requirement.have}→${requirement.need}` };
  };
  return {
    result,
    title: names.role(result.role.id, result.role.title),
    summary: names.summary(result.role.id, result.summary),
    domainName: names.domain(result.domain.id, result.domain.name),
    domainTier: t.tier[result.domain.tier],
    etrTier: t.tier[result.etr.tier],
    etrNote: t.etrNote(result.etr.value, result.etr.source, result.etr.tier),
    seniority: t.seniority[result.role.seniority],
    readiness: t.readiness[result.readiness],
    nextStep: result.nextStep ? t.nextStep : null,
    stability: `${t.stability[stabilityBadge(result.stability)]} ${percent(result.stability)}`,
    riskSentence: t.riskSentence(riskSentenceInput(report.profile, result)),
    explanation: t.explanation(explanationInput(report.profile, result)),
    redFlags: result.redFlags.map(skill),
    gaps: result.gaps.map(skill),
    strengths: result.strengths.map(skill),
    implied: [...result.strengths, ...result.gaps]
      .filter((r) => r.impliedBy !== null && r.have > 0)
      .map((r) => t.impliedSkill(names.skill(r.skill, r.name), r.have, names.skill(r.impliedBy!.skill, r.impliedBy!.name))),
    trend: t.trend[result.outlook.trend],
    strategies: names.strategies(result.domain.id, result.strategies),
    portfolioProject: names.portfolioProject(result.role.id, result.portfolioProject),
    outlookReason: names.outlookReason(result.role.id, result.outlook.reason),
    effort: t.effort(result.effort, report.profile.hoursPerWeek),
    etrReason: result.etr.reason === null ? null : names.etrReason(result.role.id, result.etr.reason),
    components: (['skill', 'risk', 'interest'] as const).map((key) => ({ key, label: t.component[key], value: result.components[key], weight: report.weights[key] })),
  };
}

interface LocalNames {
  role(id: string, fallback: string): string;
  summary(id: string, fallback: string): string;
  domain(id: string, fallback: string): string;
  skill(id: string, fallback: string): string;
  strategies(domainId: string, fallback: string[]): string[];
  portfolioProject(roleId: string, fallback: string): string;
  outlookReason(roleId: string, fallback: string): string;
  etrReason(roleId: string, fallback: string): string;
}

/** Names in the report's language, or the catalog's own where it has no translation. */
function localNames(report: Report): LocalNames {
  const localized = report.localized;
  const own = <T>(record: Record<string, T> | undefined, id: string): T | undefined => (record && Object.hasOwn(record, id) ? record[id] : undefined);
  return {
    role: (id, fallback) => own(localized?.roles, id)?.title ?? fallback,
    summary: (id, fallback) => own(localized?.roles, id)?.summary ?? fallback,
    domain: (id, fallback) => own(localized?.domains, id)?.name ?? fallback,
    skill: (id, fallback) => own(localized?.skills, id)?.name ?? fallback,
    // Strategies line up one for one with the English, or are not used at all.
    strategies: (id, fallback) => {
      const translated = own(localized?.domains, id)?.strategies;
      return translated !== undefined && translated.length === fallback.length ? translated : fallback;
    },
    portfolioProject: (id, fallback) => own(localized?.roles, id)?.portfolioProject ?? fallback,
    outlookReason: (id, fallback) => own(localized?.roles, id)?.outlookReason ?? fallback,
    etrReason: (id, fallback) => own(localized?.roles, id)?.etrReason ?? fallback,
  };
}

/** A role is robust when it stays in the top N under at least half the weightings. */
export function stabilityBadge(stability: number): 'robust' | 'sensitive' {
  return stability >= 0.5 ? 'robust' : 'sensitive';
}

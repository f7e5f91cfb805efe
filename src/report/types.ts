import type { ReportProblem } from '../core/problem.js';
import type { euAiActClasses, Region } from '../model/catalog.js';
import type { RankChange } from '../engine/compare.js';
import type { Readiness } from '../model/readiness.js';
import type { RiskAppetite, Tier } from '../model/etr.js';
import type { Lang } from '../model/lang.js';

/**
 * The Report: plain data, the JSON contract of `etr advise --format json`, and the one input of
 * every renderer. Bump schemaVersion on any change that could break a consumer.
 */
export const reportSchemaVersion = 1;

export interface ReportSkillRequirement {
  skill: string;
  name: string;
  have: number;
  need: number;
  importance: number;
  essential: boolean;
  /** The skill the person rated that implies this level (the catalog's `implies`); null when rated or absent. */
  impliedBy: { skill: string; name: string } | null;
}

export interface ReportResult {
  rank: number;
  score: number;
  role: { id: string; title: string; domain: string; seniority: 'entry' | 'mid' | 'senior' | 'lead' };
  domain: { id: string; name: string; etr: number; tier: Tier; euAiAct: (typeof euAiActClasses)[number] };
  /** The ETR the role works under: its domain's, or the role's own override with its reason. */
  etr: { value: number; tier: Tier; source: 'domain' | 'role'; reason: string | null };
  components: { skill: number; risk: number; interest: number };
  /** log10(role ETR) − log10(preferred ETR): negative when the role is stricter than the person's comfort. */
  riskDecades: number;
  readiness: Readiness;
  /** A natural next step: the role is listed in the catalog's `related` of the person's current role. */
  nextStep: boolean;
  /** The role's summary, as the catalog gives it (its translation is in Report.localized). */
  summary: string;
  /** Share of weight vectors on a 0.05 grid over the weight simplex under which the role stays in the top N. */
  stability: number;
  redFlags: ReportSkillRequirement[];
  gaps: ReportSkillRequirement[];
  strengths: ReportSkillRequirement[];
  riskSentence: string;
  explanation: string;
  strategies: string[];
  portfolioProject: string;
  outlook: { trend: 'growing' | 'stable' | 'shrinking'; reason: string };
  /**
   * The least learning to ready (and to stretch for a long shot), from the catalog's hours per
   * level: estimates. hours and weeks are null where a skill on the way has no hours in the catalog.
   */
  effort: { ready: ReportEffort; stretch: ReportEffort | null; yearsShort: number | null };
}

export interface ReportEffort {
  steps: number;
  hours: number | null;
  /** At the profile's hours a week, rounded up. */
  weeks: number | null;
}


export interface Report {
  schemaVersion: typeof reportSchemaVersion;
  profile: {
    name: string;
    riskAppetite: RiskAppetite | null;
    preferredEtr: number;
    comfortBand: { low: number; high: number };
    experienceYears: number;
    hoursPerWeek: number;
    /** The levels scored: those the profile rates, and those they imply. */
    skills: Record<string, number>;
    /** skill id → the rated skill that implies it, for each implied level in skills. */
    implied: Record<string, string>;
    /** The role the person holds now (never among the results), or null when the profile names none. */
    currentRole: { id: string; title: string } | null;
    interests: string[];
    exclude: string[];
  };
  weights: { skill: number; risk: number; interest: number };
  catalog: { source: string; digest: string; domains: number; roles: number; skills: number };
  filters: { top: number; domains: string[] };
  /** Roles scored after --domain and exclude were applied; results holds the top of them. */
  considered: number;
  warnings: ReportProblem[];
  results: ReportResult[];
  /** With --compare: how the what-if overrides moved roles against the profile as written; otherwise null. */
  comparison: ReportComparison | null;
  /** The language of the report's sentences (riskSentence, explanation) and of its renderings. */
  lang: Lang;
  /** The region whose rules the report follows (--region, ETR_REGION or the profile's); null when none was given. */
  region: Region | null;
  /**
   * For a language other than en: the catalog's translations of the names the report shows, by
   * id, shaped like the catalog's `zh:` blocks. Entities the catalog does not translate are left
   * out, and renderers fall back to the catalog's own text. Null for en.
   */
  localized: ReportLocalized | null;
}

export interface ReportLocalized {
  /** strategies only where the catalog translates them, one for each of the domain's strategies. */
  domains: Record<string, { name: string; strategies?: string[] }>;
  /** portfolioProject, outlookReason (outlook.reason) and etrReason only where the catalog translates them. */
  roles: Record<string, { title: string; summary: string; portfolioProject?: string; outlookReason?: string; etrReason?: string }>;
  skills: Record<string, { name: string }>;
}

export interface ReportComparison {
  /** What changed against the profile as written, e.g. ["--set python=4", "--risk high"]. */
  changes: string[];
  /** As compareRankings gives them, scores and deltas rounded. */
  roles: RankChange[];
}

import type { LeverageEntry } from '../engine/leverage.js';
import type { Catalog, Region } from '../model/catalog.js';
import { weeksAt } from '../model/hours.js';
import type { Lang } from '../model/lang.js';
import type { LearningPlan } from '../engine/plan.js';
import { catalogLocalized, type CatalogLocalized } from './localized.js';

/** The JSON contract of `etr plan`. */
export interface PlanReport {
  schemaVersion: number;
  profile: { name: string };
  /** The region whose rules the roles' requirements follow; null when none was given (the catalog's EU defaults). */
  region: Region | null;
  targets: { role: string; title: string; scoreBefore: number; readinessBefore: string; scoreAfter: number; readinessAfter: string; yearsNeeded: number | null }[];
  steps: {
    step: number;
    skill: string;
    name: string;
    from: number;
    to: number;
    gain: number;
    /** The catalog's hours for this level: an estimate; null where it gives none. */
    hours: number | null;
    serves: string[];
    scoreAfter: Record<string, number>;
    readinessAfter: Record<string, string>;
    readinessChanges: { role: string; from: string; to: string }[];
    /** Where to learn the skill, as the catalog lists it. */
    resources: PlanResource[];
  }[];
  reached: boolean;
  stoppedBecause: LearningPlan['stoppedBecause'];
  finalScores: Record<string, number>;
  hoursPerWeek: number;
  /** The steps' hours added up, and in weeks at hoursPerWeek: estimates; null where a step's hours are unknown. */
  totalHours: number | null;
  totalWeeks: number | null;
  /** The language of the renderings. */
  lang: Lang;
  /** For a language other than en: the catalog's names of the target roles and the skills, by id; null for en. */
  localized: CatalogLocalized | null;
}

export interface PlanResource {
  title: string;
  url: string;
  kind: string;
  lang: string;
  free: boolean;
}

export interface LeverageReport {
  schemaVersion: number;
  profile: { name: string };
  /** As PlanReport.region. */
  region: Region | null;
  leverage: (LeverageEntry & { totalGain: number })[];
  lang: Lang;
  /** For a language other than en: the catalog's names of the skills listed, by id; null for en. */
  localized: CatalogLocalized | null;
}

/** The language and the region a plan is written for. */
interface ReportSettings {
  lang?: Lang;
  region?: Region | null;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** The plan as its JSON contract: each step with the skill's name and where to learn it, from the catalog's skills. */
export function planReport(plan: LearningPlan, person: { name: string; hoursPerWeek: number }, catalog: Catalog, { lang = 'en', region = null }: ReportSettings = {}): PlanReport {
  const byId = new Map(catalog.skills.map((s) => [s.id, s]));
  const resources = (id: string): PlanResource[] => (byId.get(id)?.learn?.resources ?? []).map(({ title, url, kind, lang, free }) => ({ title, url, kind, lang, free }));
  const { hoursPerWeek } = person;
  return {
    schemaVersion: 1,
    profile: { name: person.name },
    region,
    targets: plan.targets.map((t) => ({ ...t, scoreBefore: round(t.scoreBefore), scoreAfter: round(t.scoreAfter) })),
    steps: plan.steps.map((s, i) => ({
      step: i + 1,
      skill: s.skill,
      name: byId.get(s.skill)?.name ?? s.skill,
      from: s.from,
      to: s.to,
      gain: round(s.gain),
      hours: s.hours,
      serves: s.serves,
      scoreAfter: Object.fromEntries(Object.entries(s.scoreAfter).map(([k, v]) => [k, round(v)])),
      readinessAfter: s.readinessAfter,
      readinessChanges: s.readinessChanges,
      resources: resources(s.skill),
    })),
    reached: plan.reached,
    stoppedBecause: plan.stoppedBecause,
    finalScores: Object.fromEntries(plan.targets.map((t) => [t.role, round(t.scoreAfter)])),
    hoursPerWeek,
    totalHours: plan.totalHours,
    totalWeeks: weeksAt(plan.totalHours, hoursPerWeek),
    lang,
    localized: catalogLocalized(catalog, lang, { roleTitles: plan.targets.map((t) => t.role), skills: plan.steps.map((s) => s.skill) }),
  };
}

export function leverageReport(entries: LeverageEntry[], name: string, top: number, catalog?: Catalog, { lang = 'en', region = null }: ReportSettings = {}): LeverageReport {
  const leverage = entries.slice(0, top).map((e) => ({ ...e, totalGain: round(e.totalGain) }));
  return { schemaVersion: 1, profile: { name }, region, leverage, lang, localized: catalog ? catalogLocalized(catalog, lang, { skills: leverage.map((e) => e.skill) }) : null };
}

/*
 * What `etr import` reads from a CV (src/app/import.ts): plain data, which render/import-draft.ts
 * writes as a draft profile's YAML.
 */

/** A year and month as one number: year × 12 + month − 1. */
export type MonthIndex = number;

export interface Period {
  line: number;
  from: MonthIndex;
  to: MonthIndex;
  text: string;
}

/** One reason for a level: words of the CV ('"led"', '"5 years"'), a mention, the section, or a senior title above. */
export type LevelReason = { words: string } | { mentioned: true } | { certificationsSection: true } | { seniorTitle: string };

export interface DraftSkill {
  id: string;
  name: string;
  level: number;
  /** 1-based line of the CV's text that gave the level. */
  line: number;
  matched: string;
  excerpt: string;
  reasons: LevelReason[];
  /** Other lines that mention it. */
  alsoLines: number[];
}

export interface Draft {
  name: string | undefined;
  experienceYears: number | undefined;
  periods: Period[];
  skills: DraftSkill[];
}

/** A CV read: its draft, the file's name as the draft names it, and the month it was read in. */
export interface ImportedCv {
  draft: Draft;
  source: string;
  now: MonthIndex;
}

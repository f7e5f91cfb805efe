import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import type { CatalogSource } from '../catalog/source.js';
import { InvalidInputError, UsageError } from '../core/errors.js';
import { displayPath } from '../core/files.js';
import type { Problem } from '../core/problem.js';
import { teamLayout, TeamTally } from '../engine/team.js';
import { rankTopRoles } from '../engine/top-roles.js';
import type { Lang } from '../model/lang.js';
import { profileLimits } from '../profile/load.js';
import { applySortedOverrides, parseOverrides, type ProfileOverrides } from '../profile/overrides.js';
import { addReportToTally, teamReport, teamReportSchema, teamSchemaVersion, type TeamOptions, type TeamPersonPicks, type TeamReport } from '../report/team.js';
import { loadRecord, type BatchInput, type RecordContext } from './batch.js';
import { RecordSplitter } from './batch/records.js';

export interface TeamRunOptions {
  catalog: CatalogSource;
  top: number;
  domains: string[];
  overrides: ProfileOverrides;
  strict: boolean;
  /** Keep each person's top 3 (memory then grows with the input). */
  people: boolean;
  /** With people: no names, only each person's index in the input. */
  anonymize: boolean;
  lang: Lang;
}

/** The team report, and the problems of the first few profiles that could not be read. */
export interface TeamRun {
  report: TeamReport;
  problems: Problem[];
}

/** Problems of at most this many failed profiles are kept to show; the rest are only counted. */
export const failuresShown = 20;

/**
 * `etr team --batch`: every profile of the input advised as `advise --batch` advises it (the same
 * records, overrides and top N), and counted, not kept. Memory holds the counts, sized by the
 * catalog, and one chunk of input; with `people`, each person's top 3 as well.
 */
export async function teamBatch(input: BatchInput, options: TeamRunOptions): Promise<TeamRun> {
  const catalog = options.catalog.catalog;
  const context: RecordContext = { catalog, top: options.top, domains: options.domains, strict: options.strict, overrides: parseOverrides(options.overrides, catalog, { strict: options.strict }) };
  const tally = new TeamTally(teamLayout(catalog));
  const people: TeamPersonPicks[] | null = options.people ? [] : null;
  const problems: Problem[] = [];
  const splitter = new RecordSplitter(profileLimits.maxBytes);
  const take = (records: ReturnType<RecordSplitter['push']>) => {
    for (const record of records) {
      let profile;
      try {
        profile = applySortedOverrides(loadRecord(record, input.file, context).profile, context.overrides, catalog);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        tally.failed++;
        if (tally.failed <= failuresShown) problems.push(...error.problems);
        continue;
      }
      const top = rankTopRoles(catalog, profile, options.domains, options.top);
      tally.add(profile, top);
      if (people) {
        const picks = [];
        for (let at = 0; at < Math.min(3, top.size); at++) picks.push({ role: top.roleId[at]!, readiness: top.readiness[at]!, score: Math.round(top.score[at]! * 1e4) / 1e4 });
        people.push({ index: record.index, name: options.anonymize ? null : profile.name, top: picks });
      }
    }
  };
  for await (const chunk of input.chunks) take(splitter.push(chunk));
  take(splitter.end());
  return { report: teamReport(tally, people, contextOf(options)), problems };
}

function contextOf(options: TeamRunOptions) {
  const { catalog, top, domains, overrides, strict, people, anonymize, lang } = options;
  const teamOptions: TeamOptions = {
    top,
    domains,
    risk: overrides.risk ?? null,
    weights: overrides.weights ?? null,
    set: overrides.set ?? [],
    hoursPerWeek: overrides.hoursPerWeek ?? null,
    strict,
    people,
    anonymize: people && anonymize,
  };
  return { catalog: catalog.catalog, source: catalog.source, digest: catalog.digest, options: teamOptions, lang };
}

/** A partial aggregate to merge: its file (as shown) and its text. */
export interface TeamPart {
  file: string;
  text: string;
}

/** Reads the files of `etr team --merge`. */
export function readTeamParts(paths: readonly string[]): TeamPart[] {
  return paths.map((path) => {
    const file = path === '-' ? '<stdin>' : displayPath(path);
    try {
      return { file, text: readFileSync(path === '-' ? 0 : path, 'utf8') };
    } catch (error) {
      throw new UsageError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'pass the JSON files that `etr team --format json` wrote');
    }
  });
}

/**
 * `etr team --merge`: the partial aggregates of runs over parts of an input, added up: exactly the
 * report of one run over all of it, the parts given in the input's order (people's indexes follow
 * on). Refuses parts made with another catalog or other options: their counts do not add up.
 */
export function mergeTeams(catalog: CatalogSource, parts: readonly TeamPart[], lang: Lang): TeamReport {
  if (parts.length === 0) throw new UsageError('--merge needs at least one file', 'e.g. etr team --merge part-1.json part-2.json');
  const reports = parts.map(parseTeamPart);
  const first = reports[0]!;
  const problem = (file: string, message: string, hint: string): Problem => ({ code: 'team-merge', severity: 'error', message, file, hint });
  const problems: Problem[] = [];
  reports.forEach((report, i) => {
    const { file } = parts[i]!;
    if (report.catalog.digest !== first.catalog.digest) {
      problems.push(problem(file, `made with another catalog than ${parts[0]!.file} (${report.catalog.digest} against ${first.catalog.digest})`, 'run every part with the same --catalog, then merge'));
    } else if (report.catalog.digest !== catalog.digest) {
      problems.push(problem(file, `made with the catalog ${report.catalog.digest} (${report.catalog.source}), not the one this merge reads (${catalog.digest}, ${catalog.source})`, 'pass --catalog DIR, the catalog the parts were made with'));
    }
    if (JSON.stringify(report.options) !== JSON.stringify(first.options)) {
      problems.push(problem(file, `made with other options than ${parts[0]!.file}: ${JSON.stringify(report.options)} against ${JSON.stringify(first.options)}`, 'run every part with the same --top, --domain, --risk, --weights, --set, --strict, --people and --anonymize'));
    }
  });
  if (problems.length > 0) throw new InvalidInputError(problems);
  const tally = new TeamTally(teamLayout(catalog.catalog));
  let people: TeamPersonPicks[] | null = first.options.people ? [] : null;
  let before = 0;
  for (const [i, report] of reports.entries()) {
    try {
      addReportToTally(report, tally);
    } catch (error) {
      // Only an edited file names an id its catalog lacks: its digest says it is that catalog's.
      throw new InvalidInputError([problem(parts[i]!.file, (error as Error).message, 'merge the JSON files etr team wrote, unedited')]);
    }
    if (people && report.people) for (const person of report.people) people.push({ index: before + person.index, name: person.name, top: person.top });
    else people = null;
    before += report.profiles + report.failed;
  }
  return teamReport(tally, people, { catalog: catalog.catalog, source: catalog.source, digest: catalog.digest, options: first.options, lang });
}

function parseTeamPart({ file, text }: TeamPart): TeamReport {
  const wrong = (message: string, extra: Partial<Problem> = {}) =>
    new InvalidInputError([{ code: 'team-merge', severity: 'error', message, file, hint: 'merge the JSON that `etr team --batch FILE --format json` writes', ...extra }]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw wrong(`not JSON: ${(error as Error).message}`);
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (kind !== 'etr-team') throw wrong('not a team aggregate (no "kind": "etr-team")');
  if (version !== teamSchemaVersion) throw wrong(`schemaVersion ${JSON.stringify(version)}; this etr merges version ${teamSchemaVersion}`, { hint: 'make every part with the same version of etr' });
  const parsed = z.safeParse(teamReportSchema, value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw wrong(`at ${issue.path.join('.') || 'the top'}: ${issue.message}`);
  }
  return parsed.data;
}

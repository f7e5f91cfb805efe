import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { skillNameKeys } from '../catalog/name-keys.js';
import type { CatalogSource } from '../catalog/source.js';
import { InvalidInputError, usageError } from '../core/errors.js';
import { displayPath } from '../core/files.js';
import { says, type Problem } from '../core/problem.js';
import type { Text } from '../core/text.js';
import { teamLayout, TeamTally } from '../engine/team.js';
import type { Lang } from '../model/lang.js';
import { profileLimits } from '../profile/load.js';
import { overridesAsText, parseOverrides, type ProfileOverrides } from '../profile/overrides.js';
import { addReportToTally, teamReport, teamReportSchema, teamSchemaVersion, type TeamOptions, type TeamPersonPicks, type TeamReport } from '../report/team.js';
import { recordRunsInWorkers, type BatchInput } from './batch.js';
import { RecordSplitter } from './batch/records.js';
import { addChunk, teamTallier, type TallyingChunk, type TeamChunk, type TeamRecordContext } from './team/tally.js';

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
  /** Worker threads to tally in (app/pool.ts), given the path of the worker entry module; absent: all in this thread. */
  jobs?: { count: number; entry: string };
}

/** The team report, and the problems of the first few profiles that could not be read. */
export interface TeamRun {
  report: TeamReport;
  problems: Problem[];
}

export { failuresShown } from './team/tally.js';

/**
 * `etr team --batch`: every profile of the input advised as `advise --batch` advises it (the same
 * records, overrides and top N), and counted, not kept. Memory holds the counts, sized by the
 * catalog, and one chunk of input; with `people`, each person's top 3 as well. With `jobs`, worker
 * threads tally the chunks and this thread adds their counts up in input order: the same report.
 */
export async function teamBatch(input: BatchInput, options: TeamRunOptions): Promise<TeamRun> {
  const catalog = options.catalog.catalog;
  const context: TeamRecordContext = {
    catalog,
    top: options.top,
    domains: options.domains,
    strict: options.strict,
    overrides: parseOverrides(options.overrides, catalog, { strict: options.strict }),
    people: options.people,
    anonymize: options.anonymize,
  };
  const { chunk, take } = teamTallier(context, input.file);
  if (options.jobs) await tallyInWorkers(input, options, options.jobs, chunk);
  else {
    const splitter = new RecordSplitter(profileLimits.maxBytes);
    for await (const bytes of input.chunks) take(splitter.push(bytes));
    take(splitter.end());
  }
  return { report: teamReport(chunk.tally, chunk.people, contextOf(options)), problems: chunk.failures.flat() };
}

/** The chunks of input tallied in worker threads (the batch's, app/batch/worker.ts), added to `into` in input order. */
async function tallyInWorkers(input: BatchInput, options: TeamRunOptions, jobs: { count: number; entry: string }, into: TallyingChunk): Promise<void> {
  const { catalog, top, domains, overrides, strict, people, anonymize } = options;
  const team = { catalog: catalog.catalog, top, domains, overrides, strict, people, anonymize };
  for await (const chunk of recordRunsInWorkers<TeamChunk>(input, jobs, { team, file: input.file, nameKeys: skillNameKeys(catalog.catalog) })) addChunk(into, chunk);
}

function contextOf(options: TeamRunOptions) {
  const { catalog, top, domains, strict, people, anonymize, lang } = options;
  // As the command line writes them, however an API caller gave them: a merge compares them as text.
  const overrides = overridesAsText(options.overrides);
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
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw usageError({ en: `${file}: cannot be read (${reason})`, zh: `${file}：无法读取（${reason}）` }, { en: 'pass the JSON files that `etr team --format json` wrote', zh: '请传入 `etr team --format json` 写出的 JSON 文件' });
    }
  });
}

/**
 * `etr team --merge`: the partial aggregates of runs over parts of an input, added up: exactly the
 * report of one run over all of it, the parts given in the input's order (people's indexes follow
 * on). Refuses parts made with another catalog or other options: their counts do not add up.
 */
export function mergeTeams(catalog: CatalogSource, parts: readonly TeamPart[], lang: Lang): TeamReport {
  if (parts.length === 0) throw usageError({ en: '--merge needs at least one file', zh: '--merge 至少需要一个文件' }, { en: 'e.g. etr team --merge part-1.json part-2.json', zh: '例如：etr team --merge part-1.json part-2.json' });
  const reports = parts.map(parseTeamPart);
  const first = reports[0]!;
  const problem = (file: string, message: Text, hint: Text): Problem => ({ code: 'team-merge', severity: 'error', ...says(message, hint), file });
  const problems: Problem[] = [];
  reports.forEach((report, i) => {
    const { file } = parts[i]!;
    if (report.catalog.digest !== first.catalog.digest) {
      problems.push(
        problem(
          file,
          { en: `made with another catalog than ${parts[0]!.file} (${report.catalog.digest} against ${first.catalog.digest})`, zh: `与 ${parts[0]!.file} 所用的职位目录不同（${report.catalog.digest}，对方为 ${first.catalog.digest}）` },
          { en: 'run every part with the same --catalog, then merge', zh: '请用同一个 --catalog 运行每一部分，再合并' },
        ),
      );
    } else if (report.catalog.digest !== catalog.digest) {
      problems.push(
        problem(
          file,
          { en: `made with the catalog ${report.catalog.digest} (${report.catalog.source}), not the one this merge reads (${catalog.digest}, ${catalog.source})`, zh: `由职位目录 ${report.catalog.digest}（${report.catalog.source}）生成，而本次合并读取的是 ${catalog.digest}（${catalog.source}）` },
          { en: 'pass --catalog DIR, the catalog the parts were made with', zh: '请用 --catalog DIR 指定生成这些部分时所用的职位目录' },
        ),
      );
    }
    if (JSON.stringify(report.options) !== JSON.stringify(first.options)) {
      const options = `${JSON.stringify(report.options)}`;
      const firstOptions = `${JSON.stringify(first.options)}`;
      problems.push(
        problem(
          file,
          { en: `made with other options than ${parts[0]!.file}: ${options} against ${firstOptions}`, zh: `与 ${parts[0]!.file} 的选项不同：${options}，对方为 ${firstOptions}` },
          { en: 'run every part with the same --top, --domain, --risk, --weights, --set, --strict, --people and --anonymize', zh: '请用相同的 --top、--domain、--risk、--weights、--set、--strict、--people 和 --anonymize 运行每一部分' },
        ),
      );
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
      const message = (error as Error).message;
      throw new InvalidInputError([problem(parts[i]!.file, { en: message, zh: message }, { en: 'merge the JSON files etr team wrote, unedited', zh: '请合并 etr team 写出、未经改动的 JSON 文件' })]);
    }
    if (people && report.people) for (const person of report.people) people.push({ index: before + person.index, name: person.name, top: person.top });
    else people = null;
    before += report.profiles + report.failed;
  }
  return teamReport(tally, people, { catalog: catalog.catalog, source: catalog.source, digest: catalog.digest, options: first.options, lang });
}

function parseTeamPart({ file, text }: TeamPart): TeamReport {
  const mergeHint = { en: 'merge the JSON that `etr team --batch FILE --format json` writes', zh: '请合并 `etr team --batch FILE --format json` 写出的 JSON' };
  const wrong = (message: Text, hint: Text = mergeHint) => new InvalidInputError([{ code: 'team-merge', severity: 'error', ...says(message, hint), file }]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw wrong({ en: `not JSON: ${(error as Error).message}`, zh: '不是有效的 JSON' });
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (kind !== 'etr-team') throw wrong({ en: 'not a team aggregate (no "kind": "etr-team")', zh: '不是团队汇总结果（没有 "kind": "etr-team"）' });
  if (version !== teamSchemaVersion) {
    const found = JSON.stringify(version);
    throw wrong({ en: `schemaVersion ${found}; this etr merges version ${teamSchemaVersion}`, zh: `schemaVersion 为 ${found}，而这个版本的 etr 合并的是第 ${teamSchemaVersion} 版` }, { en: 'make every part with the same version of etr', zh: '请用同一版本的 etr 生成每一部分' });
  }
  const parsed = z.safeParse(teamReportSchema, value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.');
    throw wrong({ en: `at ${where || 'the top'}: ${issue.message}`, zh: `${where ? `${where} 处` : '顶层'}不符合团队汇总的格式` });
  }
  return parsed.data;
}

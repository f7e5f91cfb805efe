import { createReadStream } from 'node:fs';
import { skillNameKeys } from '../catalog/name-keys.js';
import { InvalidInputError, usageError } from '../core/errors.js';
import { displayPath, pathInfo, readByteChunks } from '../core/files.js';
import { capProblems, problemToJson, says } from '../core/problem.js';
import type { Text } from '../core/text.js';
import { terminalSafeJson } from '../core/terminal-text.js';
import { shorten } from '../core/yaml.js';
import { rankTopRoles } from '../engine/top-roles.js';
import { catalogForRegion, reportRegion } from '../engine/region.js';
import type { Catalog, Region } from '../model/catalog.js';
import type { Lang } from '../model/lang.js';
import type { SkillLevels } from '../model/levels.js';
import { checkProfileValue, parseSortedProfile, profileLimits, type LoadedProfile } from '../profile/load.js';
import { applySortedOverrides, parseOverrides, type ParsedOverrides, type ProfileOverrides } from '../profile/overrides.js';
import { duplicateKeys } from './batch/duplicate-keys.js';
import { RecordSplitter, type BatchRecord } from './batch/records.js';
import { appendResult } from './batch/result-json.js';
import { utf8, Utf8Buffer } from './batch/utf8-buffer.js';

export interface BatchOptions {
  catalog: Catalog;
  top: number;
  domains: string[];
  overrides: ProfileOverrides;
  strict: boolean;
  /** Whose rules apply (eu, us, cn) to every profile, over each profile's own region. */
  region?: Region;
  /** The language of the problems' messages and hints; a line that carries them says it when it is not English. */
  lang?: Lang;
  /**
   * Worker threads to advise in (app/pool.ts), given the path of the worker entry module;
   * absent or 1: all in this thread. The output is the same bytes either way.
   */
  jobs?: { count: number; entry: string };
}

/** What --batch takes, for the hints of a batch that cannot be read. */
const passBatch: Text = { en: 'pass --batch FILE with one profile per JSON line or YAML document', zh: '请用 --batch FILE 指定输入：每行 JSON 或每个 YAML 文档是一份档案' };

/** Where a batch reads its profiles: the bytes, and the name problems give the input. */
export interface BatchInput {
  file: string;
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/**
 * The input of `etr advise --batch FILE|-`: a regular file is read in chunks, synchronously; a
 * pipe or a device (`--batch <(zcat people.jsonl.gz)`, `--batch /dev/stdin`) as a stream, as
 * `--profile` reads one; "-" is standard input.
 */
export function batchInput(input: string): BatchInput {
  if (input === '-') return { file: '<stdin>', chunks: process.stdin };
  const file = displayPath(input);
  const found = pathInfo(input);
  if ('loop' in found) throw usageError({ en: `${file} is a symlink loop: following its links leads back to them`, zh: `${file} 是循环的符号链接：顺着链接走又回到了原处` }, { en: 'point the link at a file', zh: '请让链接指向一个文件' });
  if ('error' in found) throw usageError({ en: `${file}: cannot be read (${found.error.code ?? found.error.message})`, zh: `${file}：无法读取（${found.error.code ?? found.error.message}）` });
  if ('missing' in found) {
    throw usageError({ en: `${file}: no such file`, zh: `${file}：文件不存在` }, { en: `${passBatch.en}, or - for standard input`, zh: `${passBatch.zh}；从标准输入读取用 -` });
  }
  if (found.stats.isDirectory()) throw usageError({ en: `${file} is a directory, not a file`, zh: `${file} 是文件夹，不是文件` }, passBatch);
  return { file, chunks: found.stats.isFile() ? readByteChunks(input, file) : streamOf(input, file) };
}

/** What a batch has written for the input read so far: NDJSON lines, and how many records failed. */
export interface BatchOutput {
  /** The lines of the records completed since the last output; valid until the next is asked for. */
  lines: Uint8Array;
  failed: number;
}

/**
 * `etr advise --batch`: one NDJSON record out per profile in, in input order. A bad profile gives
 * an error record and the batch goes on. Yields after every chunk of input, so a slow producer (a
 * pipe) sees each answer as soon as its profile is in; a caller that stops asking (nobody reads
 * the output) stops the batch where it is.
 */
export async function* adviseBatch(input: BatchInput, options: BatchOptions): AsyncGenerator<BatchOutput> {
  // --set, --risk and --weights are the same for every profile: read once, and a mistake in them
  // is the command's, found before the first record.
  const advise = recordAdviser(options, input.file);
  if (options.jobs && options.jobs.count > 1) {
    yield* adviseInWorkers(input, options, options.jobs);
    return;
  }
  const splitter = new RecordSplitter(profileLimits.maxBytes);
  for await (const chunk of input.chunks) yield advise(splitter.push(chunk));
  // Reached only when the caller read every output: the start of a line that the unread rest of
  // the input would have finished is not a record, let alone a bad one.
  yield advise(splitter.end());
}

/**
 * Advises runs of records, one JSON line each into a buffer that the next run reuses. The same
 * function serves this thread and each worker thread (batch/worker.ts).
 */
export function recordAdviser(options: BatchOptions, file: string): (records: readonly BatchRecord[]) => BatchOutput {
  const context: RecordContext = { ...options, overrides: parseOverrides(options.overrides, options.catalog, { strict: options.strict }) };
  const out = new Utf8Buffer();
  return (records) => {
    out.clear();
    let failed = 0;
    for (const record of records) if (!adviseRecord(record, file, context, out)) failed++;
    return { lines: out.view(), failed };
  };
}

/** The batch over worker threads: the workers advise each chunk's records; the lines come in input order. */
async function* adviseInWorkers(input: BatchInput, options: BatchOptions, jobs: { count: number; entry: string }): AsyncGenerator<BatchOutput> {
  const { jobs: _, ...shared } = options;
  yield* recordRunsInWorkers<BatchOutput>(input, jobs, { options: shared, file: input.file, nameKeys: skillNameKeys(options.catalog) });
}

/**
 * The input's records, split into runs as they arrive, answered by worker threads (`jobs.entry`,
 * given `workerData` once), and yielded in input order: this thread reads and splits, the workers
 * do the rest. At most two runs per worker are in flight, so memory stays flat however long the
 * input. `advise --batch` and `etr team` both fan out this way.
 */
export async function* recordRunsInWorkers<Out>(input: BatchInput, jobs: { count: number; entry: string }, workerData: unknown): AsyncGenerator<Out> {
  // Loaded here: a batch in one thread, the common case, need not load worker_threads.
  const { workerPool } = await import('./pool.js');
  const pool = workerPool<readonly BatchRecord[], Out>(jobs.entry, workerData, jobs.count);
  const splitter = new RecordSplitter(profileLimits.maxBytes);
  const pending: Promise<Out>[] = [];
  try {
    for await (const chunk of input.chunks) {
      const records = splitter.push(chunk);
      if (records.length > 0) pending.push(pool.run(records));
      while (pending.length >= 2 * jobs.count) yield await pending.shift()!;
    }
    const last = splitter.end();
    if (last.length > 0) pending.push(pool.run(last));
    while (pending.length > 0) yield await pending.shift()!;
  } finally {
    // Answers not read (the caller stopped) are dropped with their workers.
    for (const task of pending) task.catch(() => undefined);
    await pool.close();
  }
}

/** A pipe or device, read as a stream; failing to read it is a usage error, as for a file. */
async function* streamOf(path: string, file: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of createReadStream(path)) yield chunk as Buffer;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError({ en: `${file}: cannot be read (${code ?? (error as Error).message})`, zh: `${file}：无法读取（${code ?? (error as Error).message}）` }, passBatch);
  }
}

/** What every record of a batch is advised with: the options, the overrides already read. */
export type RecordContext = Omit<BatchOptions, 'overrides'> & { overrides: ParsedOverrides };

/**
 * One record in, one JSON line appended to `out`: the top results, or the problems that stopped
 * it. Returns whether the profile was advised.
 */
function adviseRecord(record: BatchRecord, file: string, options: RecordContext, out: Utf8Buffer): boolean {
  const start = out.length;
  try {
    const loaded = loadRecord(record, file, options);
    const profile = applySortedOverrides(loaded.profile, options.overrides, options.catalog);
    const warnings = loaded.warnings;
    // {"index":…,"line":…,"ok":true,"name":…,"results":[…],"warnings":[…]}: the fixed parts kept
    // as bytes, so only the numbers and the name are encoded for each record.
    out.append(recordText.index);
    out.appendText(String(record.index));
    out.append(recordText.line);
    out.appendText(String(record.line));
    out.append(recordText.name);
    out.appendText(terminalSafeJson(profile.name));
    // Only where one applies, so that a batch without regions writes what it always has.
    const region = reportRegion(options.region, loaded.profile);
    if (region !== null) out.appendText(`,"region":"${region}"`);
    out.append(recordText.results);
    const top = rankTopRoles(catalogForRegion(options.catalog, region), profile, options.domains, options.top);
    for (let at = 0; at < top.size; at++) appendResult(out, top, at);
    if (warnings.length === 0) out.append(recordText.noWarnings);
    else out.appendText(`],"warnings":${terminalSafeJson(warnings.map((warning) => problemToJson(warning, options.lang)))}${langField(options.lang)}}\n`);
    return true;
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    // Nothing of a record that failed half-way stays in the output.
    out.length = start;
    const problems = error.problems.map((problem) => problemToJson(problem, options.lang));
    out.appendText(`${terminalSafeJson({ index: record.index, line: record.line, ok: false, problems, ...(options.lang === 'zh' && { lang: options.lang }) })}\n`);
    return false;
  }
}

/** `,"lang":"zh"` after a line's warnings in Chinese; nothing in English, whose lines stay as they were. */
function langField(lang: Lang | undefined): string {
  return lang === 'zh' ? `,"lang":"${lang}"` : '';
}

const recordText = {
  index: utf8('{"index":'),
  line: utf8(',"line":'),
  name: utf8(',"ok":true,"name":'),
  results: utf8(',"results":['),
  noWarnings: utf8('],"warnings":[]}\n'),
};

/** A record's profile, checked, and its warnings. */
export function loadRecord(record: BatchRecord, file: string, options: RecordContext): LoadedProfile<SkillLevels> {
  if (record.tooLarge) {
    const words = says(
      { en: `the profile starting on line ${record.line} is over the limit of ${profileLimits.maxBytes} bytes`, zh: `从第 ${record.line} 行开始的档案超过了 ${profileLimits.maxBytes} 字节的上限` },
      { en: 'a profile is a page of YAML or one line of JSON', zh: '一份档案应是一页 YAML 或一行 JSON' },
    );
    throw new InvalidInputError([{ code: 'record-too-large', severity: 'error', ...words, file, line: record.line }]);
  }
  if (record.problem) throw new InvalidInputError([{ ...record.problem, severity: 'error', file }]);
  return record.format === 'yaml' ? loadYamlRecord(record, file, options) : loadJsonRecord(record, file, options);
}

function loadJsonRecord(record: BatchRecord, file: string, options: RecordContext): LoadedProfile<SkillLevels> {
  const value = parseJsonRecord(record, file);
  // A JSON line has no positions inside it; every problem points at the line.
  const locate = () => ({ line: record.line, column: 1, sourceLine: record.text.length > 200 ? `${record.text.slice(0, 200)}…` : record.text });
  return checkProfileValue({ value, locate }, file, options.catalog, options);
}

function loadYamlRecord(record: BatchRecord, file: string, options: RecordContext): LoadedProfile<SkillLevels> {
  // Every line a problem names, in its position and in its message, is the input's.
  return parseSortedProfile(record.text, file, options.catalog, { strict: options.strict, lineOffset: record.line - 1 });
}

function parseJsonRecord(record: BatchRecord, file: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(record.text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    // In Chinese without the parser's own (English) words: the position says where.
    const words = says({ en: `not a JSON object: ${(error as Error).message}`, zh: '这一行不是有效的 JSON 对象' }, { en: 'each line of a JSON-lines batch is one profile object', zh: 'JSON Lines 批量输入的每一行是一个档案对象' });
    throw new InvalidInputError([{ code: 'json-syntax', severity: 'error', ...words, file, line: record.line, ...(position ? { column: Number(position[1]) + 1 } : {}) }]);
  }
  // JSON.parse keeps the last of two equal keys; YAML calls them an error, and so does a batch.
  const repeated = duplicateKeys(record.text);
  if (repeated.length > 0) {
    throw new InvalidInputError(
      capProblems(
        repeated.map(({ key, column, firstColumn }) => ({
          code: 'json-duplicate-key',
          severity: 'error' as const,
          ...says(
            { en: `the key "${shorten(key)}" appears twice in this object (first at column ${firstColumn})`, zh: `键“${shorten(key)}”在这个对象中出现了两次（第一次在第 ${firstColumn} 列）` },
            { en: 'each key may appear once in an object; remove or rename one of them', zh: '同一对象中每个键只能出现一次；请删除或改名其中一个' },
          ),
          file,
          line: record.line,
          column,
        })),
      ),
    );
  }
  return value;
}

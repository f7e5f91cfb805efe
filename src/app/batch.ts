import { createReadStream } from 'node:fs';
import { InvalidInputError, UsageError } from '../core/errors.js';
import { displayPath, pathInfo, readByteChunks } from '../core/files.js';
import { capProblems, problemToJson } from '../core/problem.js';
import { terminalSafeJson } from '../core/terminal-text.js';
import { shorten } from '../core/yaml.js';
import { rankTopRoles } from '../engine/top-roles.js';
import type { Catalog } from '../model/catalog.js';
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
  /**
   * Worker threads to advise in (app/pool.ts), given the path of the worker entry module;
   * absent or 1: all in this thread. The output is the same bytes either way.
   */
  jobs?: { count: number; entry: string };
}

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
  if ('loop' in found) throw new UsageError(`${file} is a symlink loop: following its links leads back to them`, 'point the link at a file');
  if ('error' in found) throw new UsageError(`${file}: cannot be read (${found.error.code ?? found.error.message})`);
  if ('missing' in found) throw new UsageError(`${file}: no such file`, 'pass --batch FILE with one profile per JSON line or YAML document, or - for standard input');
  if (found.stats.isDirectory()) throw new UsageError(`${file} is a directory, not a file`, 'pass --batch FILE with one profile per JSON line or YAML document');
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

/**
 * The batch over worker threads: this thread reads and splits the input, the workers advise each
 * chunk's records, and the answers are yielded in input order. At most two chunks per worker are
 * in flight, so memory stays flat however long the input.
 */
async function* adviseInWorkers(input: BatchInput, options: BatchOptions, jobs: { count: number; entry: string }): AsyncGenerator<BatchOutput> {
  const { jobs: _, ...shared } = options;
  // Loaded here: a batch in one thread, the common case, need not load worker_threads.
  const { workerPool } = await import('./pool.js');
  const pool = workerPool<readonly BatchRecord[], BatchOutput>(jobs.entry, { options: shared, file: input.file }, jobs.count);
  const splitter = new RecordSplitter(profileLimits.maxBytes);
  const pending: Promise<BatchOutput>[] = [];
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
    throw new UsageError(`${file}: cannot be read (${code ?? (error as Error).message})`, 'pass --batch FILE with one profile per JSON line or YAML document');
  }
}

/** What every record of a batch is advised with: the options, the overrides already read. */
type RecordContext = Omit<BatchOptions, 'overrides'> & { overrides: ParsedOverrides };

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
    out.append(recordText.results);
    const top = rankTopRoles(options.catalog, profile, options.domains, options.top);
    for (let at = 0; at < top.size; at++) appendResult(out, top, at);
    if (warnings.length === 0) out.append(recordText.noWarnings);
    else out.appendText(`],"warnings":${terminalSafeJson(warnings.map(problemToJson))}}\n`);
    return true;
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    // Nothing of a record that failed half-way stays in the output.
    out.length = start;
    out.appendText(`${terminalSafeJson({ index: record.index, line: record.line, ok: false, problems: error.problems.map(problemToJson) })}\n`);
    return false;
  }
}

const recordText = {
  index: utf8('{"index":'),
  line: utf8(',"line":'),
  name: utf8(',"ok":true,"name":'),
  results: utf8(',"results":['),
  noWarnings: utf8('],"warnings":[]}\n'),
};

/** A record's profile, checked, and its warnings. */
function loadRecord(record: BatchRecord, file: string, options: RecordContext): LoadedProfile<SkillLevels> {
  if (record.tooLarge) {
    throw new InvalidInputError([{ code: 'record-too-large', severity: 'error', message: `the profile starting on line ${record.line} is over the limit of ${profileLimits.maxBytes} bytes`, file, line: record.line, hint: 'a profile is a page of YAML or one line of JSON' }]);
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
    throw new InvalidInputError([{ code: 'json-syntax', severity: 'error', message: `not a JSON object: ${(error as Error).message}`, file, line: record.line, ...(position ? { column: Number(position[1]) + 1 } : {}), hint: 'each line of a JSON-lines batch is one profile object' }]);
  }
  // JSON.parse keeps the last of two equal keys; YAML calls them an error, and so does a batch.
  const repeated = duplicateKeys(record.text);
  if (repeated.length > 0) {
    throw new InvalidInputError(
      capProblems(
        repeated.map(({ key, column, firstColumn }) => ({
          code: 'json-duplicate-key',
          severity: 'error' as const,
          message: `the key "${shorten(key)}" appears twice in this object (first at column ${firstColumn})`,
          file,
          line: record.line,
          column,
          hint: 'each key may appear once in an object; remove or rename one of them',
        })),
      ),
    );
  }
  return value;
}

import type { Catalog } from '../catalog/types.js';
import { ExitCode, InvalidInputError, UsageError } from '../core/errors.js';
import { writeStdoutPart } from '../core/output.js';
import { createReadStream } from 'node:fs';
import { displayPath, pathInfo, readByteChunks } from '../core/files.js';
import { duplicateKeys, readJsonProfile } from '../batch/json-line.js';
import { capProblems } from '../core/problem.js';
import { shorten } from '../core/yaml.js';
import { appendResult } from './batch/result-json.js';
import { utf8, Utf8Buffer } from './batch/utf8-buffer.js';
import { rankBrief } from '../engine/top-roles.js';
import { RecordSplitter, type BatchRecord } from './batch/records.js';
import { checkProfileData, parseProfileData, profileLimits, type CheckedLoad } from '../profile/load.js';
import { applyBriefOverrides, parseOverrides, type ParsedOverrides, type ProfileOverrides } from '../profile/overrides.js';
import { problemToJson } from '../render/problems.js';
import { terminalSafeJson } from '../core/terminal-text.js';

export interface BatchOptions {
  catalog: Catalog;
  top: number;
  domains: string[];
  overrides: ProfileOverrides;
  strict: boolean;
}

/**
 * `etr advise --batch FILE|-`: one NDJSON record out per profile in, streamed. A bad profile
 * gives an error record and the batch goes on; the exit code is 1 when any record failed.
 */
export async function runBatch(input: string, options: BatchOptions): Promise<ExitCode> {
  const file = input === '-' ? '<stdin>' : displayPath(input);
  let regular = false;
  if (input !== '-') {
    const found = pathInfo(input);
    if ('loop' in found) throw new UsageError(`${file} is a symlink loop: following its links leads back to them`, 'point the link at a file');
    if ('error' in found) throw new UsageError(`${file}: cannot be read (${found.error.code ?? found.error.message})`);
    if ('missing' in found) throw new UsageError(`${file}: no such file`, 'pass --batch FILE with one profile per JSON line or YAML document, or - for standard input');
    const info = found.stats;
    if (info.isDirectory()) throw new UsageError(`${file} is a directory, not a file`, 'pass --batch FILE with one profile per JSON line or YAML document');
    // A pipe or a device (`--batch <(zcat people.jsonl.gz)`, `--batch /dev/stdin`) is read as a
    // stream, as `--profile` reads one; a regular file in chunks, synchronously.
    regular = info.isFile();
  }
  // --set, --risk and --weights are the same for every profile: read once, and a mistake in them
  // is the command's, found before the first record.
  const context: RecordContext = { ...options, overrides: parseOverrides(options.overrides, options.catalog) };
  const chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> = input === '-' ? process.stdin : regular ? readByteChunks(input, file) : streamOf(input, file);
  const out = new Utf8Buffer();
  const splitter = new RecordSplitter(profileLimits.maxBytes);
  let failed = 0;
  const advise = (records: readonly BatchRecord[]) => {
    for (let i = 0; i < records.length; i++) if (!adviseRecord(records[i]!, file, context, out)) failed++;
  };
  // Written after every chunk read, so a slow producer (a pipe) sees each answer as soon as its
  // profile is in; a file is read in 64 KiB chunks (readByteChunks), so that is still few writes.
  // writeStdoutPart is done with the bytes when it returns, so the buffer is cleared at once.
  const flush = () => {
    const written = writeStdoutPart(out.view());
    out.clear();
    return written;
  };
  let reading = true;
  for await (const chunk of chunks) {
    advise(splitter.push(chunk));
    if (!(reading = await flush())) break;
  }
  // Once nobody reads the output (`| head -1`), the batch stops where it is: the start of a line
  // that the unread rest of the input would have finished is not a record, let alone a bad one.
  if (reading) {
    advise(splitter.end());
    await flush();
  }
  return failed > 0 ? ExitCode.invalidInput : ExitCode.ok;
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
    const profile = applyBriefOverrides(loaded.profile, options.overrides);
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
    const top = rankBrief(options.catalog, profile, options.domains, options.top);
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
function loadRecord(record: BatchRecord, file: string, options: RecordContext): CheckedLoad {
  if (record.tooLarge) {
    throw new InvalidInputError([{ code: 'record-too-large', severity: 'error', message: `the profile starting on line ${record.line} is over the limit of ${profileLimits.maxBytes} bytes`, file, line: record.line, hint: 'a profile is a page of YAML or one line of JSON' }]);
  }
  if (record.problem) throw new InvalidInputError([{ ...record.problem, severity: 'error', file }]);
  return record.format === 'yaml' ? loadYamlRecord(record, file, options) : loadJsonRecord(record, file, options);
}

function loadJsonRecord(record: BatchRecord, file: string, options: RecordContext): CheckedLoad {
  // The usual line is read by hand; JSON.parse reads the rest and says what is wrong with them.
  const value = readJsonProfile(record.text) ?? parseJsonRecord(record, file);
  // A JSON line has no positions inside it; every problem points at the line.
  const locate = () => ({ line: record.line, column: 1, sourceLine: record.text.length > 200 ? `${record.text.slice(0, 200)}…` : record.text });
  return checkProfileData({ value, locate }, file, options.catalog, options);
}

function loadYamlRecord(record: BatchRecord, file: string, options: RecordContext): CheckedLoad {
  // Every line a problem names, in its position and in its message, is the input's.
  return parseProfileData(record.text, file, options.catalog, { strict: options.strict, lineOffset: record.line - 1 });
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

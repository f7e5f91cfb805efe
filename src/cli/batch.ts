import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Catalog } from '../catalog/types.js';
import { ExitCode, InvalidInputError, UsageError } from '../core/errors.js';
import { writeStdoutPart } from '../core/output.js';
import { displayPath } from '../core/files.js';
import type { Problem } from '../core/problem.js';
import { resultJson } from '../batch/result-json.js';
import { rankBrief } from '../engine/brief.js';
import { RecordSplitter, type BatchRecord } from '../batch/records.js';
import { checkProfile, parseProfile, profileLimits, type LoadedProfile } from '../profile/load.js';
import { applyParsedOverrides, parseOverrides, type ParsedOverrides, type ProfileOverrides } from '../profile/overrides.js';
import { problemToJson } from '../report/problems.js';

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
  if (input !== '-') {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new UsageError(`${file}: no such file`, 'pass --batch FILE with one profile per JSON line or YAML document, or - for standard input');
    if (!info.isFile()) throw new UsageError(`${file} is not a file`, 'pass --batch FILE with one profile per JSON line or YAML document');
  }
  // --set, --risk and --weights are the same for every profile: read once, and a mistake in them
  // is the command's, found before the first record.
  const context: RecordContext = { ...options, overrides: parseOverrides(options.overrides, options.catalog) };
  const stream = input === '-' ? process.stdin.setEncoding('utf8') : createReadStream(input, { encoding: 'utf8', highWaterMark: 1 << 16 });
  const out = new RecordWriter();
  const splitter = new RecordSplitter(profileLimits.maxBytes);
  let failed = 0;
  const advise = (records: readonly BatchRecord[]) => {
    for (const record of records) {
      const { ok, line } = adviseRecord(record, file, context);
      if (!ok) failed++;
      out.add(line);
    }
  };
  // Written after every chunk read, so a slow producer (a pipe) sees each answer as soon as its
  // profile is in; a file is read in 64 KiB chunks, so that is still few writes.
  for await (const chunk of stream) {
    advise(splitter.push(chunk as string));
    if (!(await out.flush())) break;
  }
  advise(splitter.end());
  await out.flush();
  return failed > 0 ? ExitCode.invalidInput : ExitCode.ok;
}

/** What every record of a batch is advised with: the options, the overrides already read. */
type RecordContext = Omit<BatchOptions, 'overrides'> & { overrides: ParsedOverrides };

/** One record in, one JSON line out: the top results, or the problems that stopped it. */
export function adviseRecord(record: BatchRecord, file: string, options: RecordContext): { ok: boolean; line: string } {
  try {
    const loaded = loadRecord(record, file, options);
    const profile = applyParsedOverrides(loaded.draft, options.overrides);
    let line = `{"index":${record.index},"line":${record.line},"ok":true,"name":${JSON.stringify(profile.name)},"results":[`;
    // Joined by +=, not map and join: join copies every piece once more, and the writer joins the lines anyway.
    rankBrief(options.catalog, profile, options.domains, options.top).forEach((result, i) => (line += resultJson(result, i)));
    line += `],"warnings":${loaded.warnings.length === 0 ? '[]' : JSON.stringify(loaded.warnings.map(problemToJson))}}`;
    return { ok: true, line };
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return { ok: false, line: JSON.stringify({ index: record.index, line: record.line, ok: false, problems: error.problems.map(problemToJson) }) };
  }
}

function loadRecord(record: BatchRecord, file: string, options: RecordContext): LoadedProfile {
  const check = { strict: options.strict };
  if (record.tooLarge) {
    throw new InvalidInputError([{ code: 'record-too-large', severity: 'error', message: `the profile starting on line ${record.line} is over the limit of ${profileLimits.maxBytes} bytes`, file, line: record.line, hint: 'a profile is a page of YAML or one line of JSON' }]);
  }
  if (record.format === 'yaml') {
    // The document's own line numbers start at 1; the input's at the record's first line.
    try {
      const loaded = parseProfile(record.text, file, options.catalog, check);
      return { ...loaded, warnings: shiftLines(loaded.warnings, record.line - 1) };
    } catch (error) {
      if (error instanceof InvalidInputError) throw new InvalidInputError(shiftLines(error.problems, record.line - 1));
      throw error;
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(record.text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    throw new InvalidInputError([{ code: 'json-syntax', severity: 'error', message: `not a JSON object: ${(error as Error).message}`, file, line: record.line, ...(position ? { column: Number(position[1]) + 1 } : {}), hint: 'each line of a JSON-lines batch is one profile object' }]);
  }
  // A JSON line has no positions inside it; every problem points at the line.
  const locate = () => ({ line: record.line, column: 1, sourceLine: record.text.length > 200 ? `${record.text.slice(0, 200)}…` : record.text });
  return checkProfile({ value, locate }, file, options.catalog, check);
}

function shiftLines(problems: readonly Problem[], by: number): Problem[] {
  return problems.map((p) => (p.line === undefined ? p : { ...p, line: p.line + by }));
}

/**
 * Writes records a chunk at a time, waiting when the reader is slower (so memory stays
 * constant), and reports when the reader has gone (`| head`), so the batch can stop.
 */
class RecordWriter {
  private buffer: string[] = [];

  add(line: string): void {
    this.buffer.push(line);
  }

  /** Writes what has been added; false once nobody reads standard output any more. */
  flush(): Promise<boolean> {
    // An empty last line gives the text its final newline without copying it once more.
    if (this.buffer.length > 0) this.buffer.push('');
    const text = this.buffer.join('\n');
    this.buffer = [];
    return writeStdoutPart(text);
  }
}

import { parentPort, workerData } from 'node:worker_threads';
import { rememberSkillNameKeys, type SkillNameKeys } from '../../catalog/name-keys.js';
import { parseOverrides, type ProfileOverrides } from '../../profile/overrides.js';
import { recordAdviser, type BatchOptions, type BatchOutput } from '../batch.js';
import { tallyCounts, teamTallier, type TeamChunk, type TeamRecordContext } from '../team/tally.js';
import type { BatchRecord } from './records.js';

/**
 * The entry of the worker threads (app/pool.ts) of `advise --batch` and of `etr team`: one entry,
 * one bundle, for both, told apart by workerData. The catalog and options come once, in
 * workerData; each task is a run of records, answered with their NDJSON lines (the very bytes the
 * main thread would have written) or, for team, with their tally (app/team/tally.ts). The
 * catalog's normalized skill names (catalog/name-keys.ts) come with it, so that no worker works them out
 * again: for a catalog the size of ESCO that is a fifth of a second per worker.
 */
type Data = ({ options: BatchOptions } | { team: Omit<TeamRecordContext, 'overrides'> & { overrides: ProfileOverrides } }) & { file: string; nameKeys: SkillNameKeys };
const data = workerData as Data;
rememberSkillNameKeys('team' in data ? data.team.catalog : data.options.catalog, data.nameKeys);
const answer = 'team' in data ? teamAnswer(data.team, data.file) : adviseAnswer(data.options, data.file);

parentPort!.on('message', ({ id, input }: { id: number; input: readonly BatchRecord[] }) => {
  try {
    const { output, transfer } = answer(input);
    parentPort!.postMessage({ id, output }, transfer);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});

function adviseAnswer(options: BatchOptions, file: string) {
  const advise = recordAdviser(options, file);
  return (records: readonly BatchRecord[]) => {
    const { lines, failed } = advise(records);
    // A copy of its own, handed over without another copy: the adviser's buffer is reused.
    const output: BatchOutput = { lines: lines.slice(), failed };
    return { output, transfer: [output.lines.buffer as ArrayBuffer] };
  };
}

function teamAnswer(team: Omit<TeamRecordContext, 'overrides'> & { overrides: ProfileOverrides }, file: string) {
  const context: TeamRecordContext = { ...team, overrides: parseOverrides(team.overrides, team.catalog, { strict: team.strict }) };
  return (records: readonly BatchRecord[]) => {
    // A fresh tally for each run of records: its counts are handed over, not copied.
    const { chunk, take } = teamTallier(context, file);
    take(records);
    const tally = tallyCounts(chunk.tally);
    const output: TeamChunk = { ...chunk, tally };
    return { output, transfer: [tally.best, tally.roles, tally.domains, tally.levels, tally.toReady, tally.toStretch, tally.from].map((counts) => counts.buffer as ArrayBuffer) };
  };
}

import { InvalidInputError } from '../../core/errors.js';
import type { Problem } from '../../core/problem.js';
import { teamLayout, TeamTally, type TallyCounts } from '../../engine/team.js';
import { rankTopRoles } from '../../engine/top-roles.js';
import type { TeamPersonPicks } from '../../report/team.js';
import { applySortedOverrides } from '../../profile/overrides.js';
import { loadRecord, type RecordContext } from '../batch.js';
import type { BatchRecord } from '../batch/records.js';

/** Problems of at most this many failed profiles are kept to show; the rest are only counted. */
export const failuresShown = 20;

/** What a team run counts of each person: the options of app/team.ts that the records need. */
export type TeamRecordContext = RecordContext & { people: boolean; anonymize: boolean };

/** What runs of records add to the team's view, in input order: the counts, each person's top 3 (with --people), the problems of the first failures. */
export interface TeamChunk {
  tally: TallyCounts;
  people: TeamPersonPicks[] | null;
  /** The problems of each of the first `failuresShown` profiles that failed. */
  failures: Problem[][];
}

/** A chunk being tallied, in this thread: the tally itself, not only its counts. */
export type TallyingChunk = TeamChunk & { tally: TeamTally };

/**
 * Tallies runs of records into one TeamChunk. The same function serves this thread and each
 * worker thread of `etr team --jobs N` (app/batch/worker.ts), whose chunks the main thread adds
 * up in input order (addChunk): the same report either way.
 */
export function teamTallier(context: TeamRecordContext, file: string): { chunk: TallyingChunk; take(records: readonly BatchRecord[]): void } {
  const { catalog } = context;
  const tally = new TeamTally(teamLayout(catalog));
  const chunk: TallyingChunk = { tally, people: context.people ? [] : null, failures: [] };
  const take = (records: readonly BatchRecord[]) => {
    for (const record of records) {
      let profile;
      try {
        profile = applySortedOverrides(loadRecord(record, file, context).profile, context.overrides, catalog);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        tally.failed++;
        if (chunk.failures.length < failuresShown) chunk.failures.push(error.problems);
        continue;
      }
      const top = rankTopRoles(catalog, profile, context.domains, context.top);
      tally.add(profile, top);
      if (chunk.people) {
        const picks = [];
        for (let at = 0; at < Math.min(3, top.size); at++) picks.push({ role: top.roleId[at]!, readiness: top.readiness[at]!, score: Math.round(top.score[at]! * 1e4) / 1e4 });
        chunk.people.push({ index: record.index, name: context.anonymize ? null : profile.name, top: picks });
      }
    }
  };
  return { chunk, take };
}

/** Adds a worker's chunk to the run's, the chunks taken in input order. */
export function addChunk(into: TallyingChunk, chunk: TeamChunk): void {
  into.tally.merge(chunk.tally);
  if (into.people && chunk.people) into.people.push(...chunk.people);
  for (const problems of chunk.failures) if (into.failures.length < failuresShown) into.failures.push(problems);
}

/** The counts of a tally alone, for a worker thread to hand over (not its layout and scratch). */
export function tallyCounts({ profiles, failed, best, roles, domains, levels, toReady, toStretch, from }: TallyCounts): TallyCounts {
  return { profiles, failed, best, roles, domains, levels, toReady, toStretch, from };
}

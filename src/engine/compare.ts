import type { ScoredRole } from './rank.js';

/** How one role moved between a baseline ranking and a what-if ranking. */
export interface RankChange {
  role: string;
  title: string;
  before: { rank: number; score: number } | null;
  after: { rank: number; score: number } | null;
  /** after.score − before.score; every role is scored in both runs, so this is always known. */
  delta: number;
  movement: 'up' | 'down' | 'same' | 'entered' | 'left';
}

/**
 * Compares two full rankings over their top N: the roles in either top N, in the what-if order,
 * then those that left. A rank outside the top N is reported as null.
 */
export function compareRankings(baseline: readonly ScoredRole[], whatIf: readonly ScoredRole[], top: number): RankChange[] {
  const position = (list: readonly ScoredRole[]) => new Map(list.map((s, i) => [s.role.id, { rank: i + 1, score: s.score }]));
  const before = position(baseline);
  const after = position(whatIf);
  const inTop = (rank: number | undefined) => rank !== undefined && rank <= top;
  const ids = [...whatIf.slice(0, top), ...baseline.slice(0, top).filter((s) => !inTop(after.get(s.role.id)?.rank))].map((s) => s.role.id);
  const titles = new Map(baseline.map((s) => [s.role.id, s.role.title]));
  return ids.map((id) => {
    const b = before.get(id)!;
    const a = after.get(id)!;
    const wasIn = inTop(b.rank);
    const isIn = inTop(a.rank);
    const movement = !wasIn ? 'entered' : !isIn ? 'left' : a.rank < b.rank ? 'up' : a.rank > b.rank ? 'down' : 'same';
    return { role: id, title: titles.get(id) ?? id, before: wasIn ? b : null, after: isIn ? a : null, delta: a.score - b.score, movement };
  });
}

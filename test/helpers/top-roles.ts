import type { Components } from '../../src/engine/score.js';
import type { TopRoles } from '../../src/engine/top-roles.js';
import type { Readiness } from '../../src/model/readiness.js';

/** One result of a top-N ranking, as an object of its own. */
export interface TopResult {
  roleId: string;
  domainId: string;
  score: number;
  components: Components;
  readiness: Readiness;
}

/** A ranking's top as results of their own, which later rankings leave alone. */
export function topResults(top: TopRoles): TopResult[] {
  return Array.from({ length: top.size }, (_, at) => ({
    roleId: top.roleId[at]!,
    domainId: top.domainId[at]!,
    score: top.score[at]!,
    components: { skill: top.skill[at]!, risk: top.risk[at]!, interest: top.interest[at]! },
    readiness: top.readiness[at]!,
  }));
}


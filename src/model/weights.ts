/** How much skill fit, risk fit and interest fit count in a role's score. */
export interface Weights {
  skill: number;
  risk: number;
  interest: number;
}

export const defaultWeights: Weights = { skill: 0.6, risk: 0.3, interest: 0.1 };

/** Weights scaled to sum to 1. Divided by the largest first, so that huge weights (1e308) cannot overflow the sum. */
export function normalizeWeights(weights: Weights): Weights {
  const largest = Math.max(weights.skill, weights.risk, weights.interest);
  const skill = weights.skill / largest;
  const risk = weights.risk / largest;
  const interest = weights.interest / largest;
  const sum = skill + risk + interest;
  return { skill: skill / sum, risk: risk / sum, interest: interest / sum };
}

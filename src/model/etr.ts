import * as z from 'zod/mini';

/**
 * Error tolerance rate (ETR): the largest share of consequential AI errors that may reach a
 * decision or its recipient unreviewed. ETRs span orders of magnitude, so comparisons are made
 * on a log10 scale, in "decades".
 */
export const tiers = ['critical', 'strict', 'guarded', 'tolerant', 'open'] as const;
export type Tier = (typeof tiers)[number];

/** Upper bound (inclusive) of each tier's ETR; `open` is everything above `tolerant`. */
export const tierCeilings: Readonly<Record<Exclude<Tier, 'open'>, number>> = {
  critical: 0.001,
  strict: 0.01,
  guarded: 0.05,
  tolerant: 0.15,
};

export function tierOf(etr: number): Tier {
  if (etr <= tierCeilings.critical) return 'critical';
  if (etr <= tierCeilings.strict) return 'strict';
  if (etr <= tierCeilings.guarded) return 'guarded';
  if (etr <= tierCeilings.tolerant) return 'tolerant';
  return 'open';
}

/** The ETR range of a tier as text, e.g. "0.01 < ETR ≤ 0.05". */
export function tierRange(tier: Tier): string {
  const index = tiers.indexOf(tier);
  const floor = index > 0 ? tierCeilings[tiers[index - 1] as Exclude<Tier, 'open'>] : undefined;
  const ceiling = tier === 'open' ? undefined : tierCeilings[tier];
  if (floor === undefined) return `ETR ≤ ${ceiling}`;
  if (ceiling === undefined) return `ETR > ${floor}`;
  return `${floor} < ETR ≤ ${ceiling}`;
}

export const riskAppetites = ['very-low', 'low', 'medium', 'high', 'very-high'] as const;
export type RiskAppetite = (typeof riskAppetites)[number];

/** The ETR a person of each appetite is most comfortable working under. */
export const appetiteEtr: Readonly<Record<RiskAppetite, number>> = {
  'very-low': 0.001,
  low: 0.01,
  medium: 0.03,
  high: 0.1,
  'very-high': 0.3,
};

/** log10(role) − log10(preferred): negative when the role is stricter than the person's comfort. */
export function decadesBetween(roleEtr: number, preferredEtr: number): number {
  return Math.log10(roleEtr) - Math.log10(preferredEtr);
}

/** An ETR as a percentage people read easily: 0.005 → "0.5%", 0.25 → "25%", 0.0001 → "0.01%". */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  const digits = percent >= 10 ? 0 : percent >= 1 ? 1 : Math.max(1, 1 - Math.floor(Math.log10(percent)));
  return `${Number(percent.toFixed(digits))}%`;
}

/**
 * The smallest ETR etr accepts: one unreviewed consequential error in a million. Below it no
 * deployment could show it meets its budget (that takes millions of reviewed outputs), and the
 * strictest safety standards' bands end near it (IEC 61508 SIL 4 on demand: 1e-5 to 1e-4).
 * Profiles, --risk and catalogs share it, so what validates also renders.
 */
export const minimumEtr = 1e-6;

/**
 * An ETR is a fraction from minimumEtr up to, not including, 1: no domain tolerates every error.
 * A module of its own so that a profile can be checked without building the catalog's schemas.
 */
export const etrSchema = z.number().check(z.gte(minimumEtr), z.lt(1));

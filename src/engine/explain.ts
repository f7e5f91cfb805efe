import { formatPercent } from './etr.js';
import type { Readiness } from './score.js';

/**
 * "domain tolerates ≤ 0.5% unreviewed errors; you prefer about 3%: 0.8 decades stricter than
 * your comfort". A decade is a factor of ten in ETR.
 */
export function riskSentence(etr: number, source: 'domain' | 'role', preferredEtr: number, decades: number): string {
  const who = source === 'role' ? 'this role tolerates' : 'domain tolerates';
  const distance = Math.abs(decades);
  const where =
    distance < 0.05
      ? 'right at your comfort'
      : `${distance.toFixed(1)} decade${distance.toFixed(1) === '1.0' ? '' : 's'} ${decades < 0 ? 'stricter than' : 'looser than'} your comfort`;
  return `${who} ≤ ${formatPercent(etr)} unreviewed errors; you prefer about ${formatPercent(preferredEtr)}: ${where}`;
}

const readinessText: Record<Readiness, string> = {
  ready: 'ready to apply',
  stretch: 'a stretch: reachable by closing the gaps below',
  'long-shot': 'a long shot for now',
};

export function explanation(input: {
  skill: number;
  risk: number;
  interest: number;
  met: number;
  requirements: number;
  interestChosen: boolean | null;
  readiness: Readiness;
  experienceShort: boolean;
}): string {
  const interest = input.interestChosen === null ? 'no interests given' : input.interestChosen ? 'a domain you chose' : 'not among your interests';
  const experience = input.experienceShort ? ' (one step lower for fewer years of experience than the seniority asks)' : '';
  return (
    `Skill fit ${pct(input.skill)} (${input.met} of ${input.requirements} requirements met), ` +
    `risk fit ${pct(input.risk)}, interest ${pct(input.interest)} (${interest}); ` +
    `${readinessText[input.readiness]}${experience}.`
  );
}

function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}

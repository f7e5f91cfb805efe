import { messages, type ExplanationInput } from './i18n.js';

/**
 * "domain tolerates ≤ 0.5% unreviewed errors; you prefer about 3%: 0.8 decades stricter than
 * your comfort". A decade is a factor of ten in ETR. The wording of every language lives in
 * report/i18n.ts; these are the English sentences.
 */
export function riskSentence(etr: number, source: 'domain' | 'role', preferredEtr: number, decades: number): string {
  return messages('en').riskSentence({ etr, source, preferredEtr, decades });
}

export function explanation(input: ExplanationInput): string {
  return messages('en').explanation(input);
}

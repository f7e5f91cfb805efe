import { experienceNeeded } from '../model/readiness.js';
import type { ExplanationInput, RiskSentenceInput } from './i18n.js';
import type { Report, ReportResult } from './types.js';

/*
 * The facts a result's sentences are made of, taken from the report's own (rounded) numbers, so
 * that the report's sentences and every rendering of them say exactly what the JSON says.
 */

/** The numbers behind a result's risk sentence, all of them in the report. */
export function riskSentenceInput(profile: Pick<Report['profile'], 'preferredEtr'>, result: ReportResult): RiskSentenceInput {
  return { etr: result.etr.value, source: result.etr.source, preferredEtr: profile.preferredEtr, decades: result.riskDecades };
}

/** The facts behind a result's explanation, all of them in the report. */
export function explanationInput(profile: Pick<Report['profile'], 'experienceYears' | 'interests'>, result: ReportResult): ExplanationInput {
  return {
    ...result.components,
    met: result.strengths.length,
    requirements: result.strengths.length + result.gaps.length,
    interestChosen: profile.interests.length === 0 ? null : profile.interests.includes(result.domain.id),
    readiness: result.readiness,
    experienceShort: profile.experienceYears < experienceNeeded[result.role.seniority],
  };
}

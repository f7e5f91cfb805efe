import type { CatalogSource } from '../catalog/source.js';
import { InvalidInputError } from '../core/errors.js';
import { displayPath, readSourceFile, readStdin, type SourceLimits } from '../core/files.js';
import { problemToJson } from '../core/problem.js';
import { catalogForRegion, reportRegion } from '../engine/region.js';
import type { Catalog, Domain, Region, Role } from '../model/catalog.js';
import { checkRegion } from './advise.js';
import { compareIds } from '../model/ids.js';
import type { LoadedProfile } from '../profile/load.js';
import type { Profile } from '../model/profile.js';
import { applyOverrides } from '../profile/overrides.js';
import { skillNames } from '../profile/skill-names.js';
import { adviseReport, round } from '../report/advise.js';
import type { Lang } from '../model/lang.js';
import { matchMessages } from '../report/match-messages.js';
import type { ReportLocalized } from '../report/types.js';
import { matchSchemaVersion, type CloseRole, type DomainCandidate, type JobRequirementKind, type MatchEvidence, type MatchReport, type MatchSkill } from '../report/match.js';

/** A job ad is a page or two of text; 256 KiB is far beyond any real one. */
const jobLimits: SourceLimits = { maxBytes: 256 * 1024, maxAliasCount: 0 };

/** How many closest roles the report lists. */
const closestCount = 5;
/** How much a role of the inferred domain gains in closeness: enough to win a near tie, not to beat a clearly closer role. */
const inferredDomainBonus = 0.1;
/** How much a domain's best role overlap (0–1) counts against one keyword hit. */
const overlapWeight = 2;
/** A skill marked nice to have counts half as much as a required (or unmarked) one. */
const kindWeight: Record<JobRequirementKind, number> = { required: 1, unspecified: 1, nice: 0.5 };

const requiredHeading = /^(?:(?:key |basic |minimum |essential |job |technical )?(?:requirements?|qualifications?|skills(?: required)?)|must[- ]haves?|required(?: skills| qualifications)?|what you(?:'ll| will)? need|what we(?:'re| are) looking for|who you are|you have|任职要求|岗位要求|职位要求|任职资格|基本要求|技能要求|必备条件|必备技能|我们希望你)$/i;
const niceHeading = /^(?:nice[- ]to[- ]haves?|preferred(?: qualifications| skills)?|bonus(?: points)?|pluses|good to have|(?:it's )?a plus|加分项|加分|优先|优先条件|优先考虑)$/i;
const niceLine = /\b(?:preferred|a plus|nice[- ]to[- ]have|bonus|an advantage|is a big plus)\b|优先|加分/i;
const requiredLine = /\b(?:required|must(?: have)?|mandatory)\b|必须|必备/i;

/** A line read as a heading: its words, without markdown marks and a final colon; undefined for a line that is no heading. */
export function headingOf(line: string): string | undefined {
  const trimmed = line.trim();
  const markdown = /^#{1,6}\s+/.test(trimmed);
  let words = trimmed.replace(/^#{1,6}\s+/, '').replace(/^[*_]+|[*_]+$/g, '').replace(/^[【[]|[】\]]$/g, '').trim();
  const colon = /[:：]$/.test(words);
  words = words.replace(/[:：]$/, '').replace(/^[*_]+|[*_]+$/g, '').trim();
  if (words === '' || [...words].length > 40) return undefined;
  if (markdown || colon || /^【.*】$/.test(trimmed) || requiredHeading.test(words) || niceHeading.test(words)) return words;
  return undefined;
}

/** What a heading makes of the lines under it: required, nice to have, or neither (any other heading). */
export function sectionOf(heading: string): JobRequirementKind {
  if (requiredHeading.test(heading)) return 'required';
  if (niceHeading.test(heading)) return 'nice';
  return 'unspecified';
}

/** One line of an ad with the section it sits in, and what the line itself says. */
export interface AdLine {
  number: number;
  text: string;
  kind: JobRequirementKind;
}

/** The ad's lines that are not headings, each with its kind: the line's own words first ("preferred", "优先"), then its section's. */
export function classifyLines(text: string): AdLine[] {
  const lines: AdLine[] = [];
  let section: JobRequirementKind = 'unspecified';
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const heading = headingOf(raw);
    if (heading !== undefined) {
      section = sectionOf(heading);
      return;
    }
    const line = raw.trim();
    if (line === '') return;
    const kind: JobRequirementKind = niceLine.test(line) ? 'nice' : requiredLine.test(line) ? 'required' : section;
    lines.push({ number: i + 1, text: line, kind });
  });
  return lines;
}

/** The skills an ad names, in the order it first names them, with every line that names each. */
export function findSkills(catalog: Catalog, lines: readonly AdLine[]): MatchSkill[] {
  const names = skillNames(catalog);
  const found = new Map<string, MatchSkill>();
  for (const line of lines) {
    for (const skill of names.find(line.text)) {
      let entry = found.get(skill.id);
      if (!entry) found.set(skill.id, (entry = { skill: skill.id, name: skill.name, kind: 'unspecified', evidence: [] }));
      const evidence: MatchEvidence = { line: line.number, text: shorten(line.text), matched: skill.matched, kind: line.kind };
      entry.evidence.push(evidence);
    }
  }
  for (const entry of found.values()) {
    const kinds = new Set(entry.evidence.map((e) => e.kind));
    entry.kind = kinds.has('required') ? 'required' : kinds.has('nice') ? 'nice' : 'unspecified';
  }
  return [...found.values()];
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= 120 ? text : `${chars.slice(0, 119).join('')}…`;
}

/**
 * The keyword hits of each domain in the ad's lines. English keywords match whole words, ignoring
 * case; Chinese ones any run of characters. The longest keywords are taken first and a span of
 * a line counts once, so "social media" is not also "media", nor "内容安全" also "安全".
 */
export function keywordHits(catalog: Catalog, lines: readonly AdLine[]): Map<string, { line: number; keyword: string }[]> {
  const keywords = catalog.domains
    .flatMap((d) => [...(d.keywords?.en ?? []), ...(d.keywords?.zh ?? [])].map((keyword) => ({ domain: d.id, keyword, pattern: keywordPattern(keyword) })))
    .sort((a, b) => [...b.keyword].length - [...a.keyword].length || compareIds(a.domain, b.domain));
  const hits = new Map<string, { line: number; keyword: string; at: number }[]>();
  for (const line of lines) {
    const taken: boolean[] = new Array<boolean>(line.text.length).fill(false);
    for (const { domain, keyword, pattern } of keywords) {
      for (const match of line.text.matchAll(pattern)) {
        const from = match.index;
        const to = from + match[0].length;
        if (taken.slice(from, to).some(Boolean)) continue;
        taken.fill(true, from, to);
        const list = hits.get(domain) ?? [];
        list.push({ line: line.number, keyword, at: from });
        hits.set(domain, list);
      }
    }
  }
  // In the order the ad says them.
  return new Map([...hits].map(([domain, list]) => [domain, list.sort((a, b) => a.line - b.line || a.at - b.at).map(({ line, keyword }) => ({ line, keyword }))]));
}

function keywordPattern(keyword: string): RegExp {
  const escaped = keyword.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
  // A keyword that is all Chinese matches inside a run of characters; any other whole words only.
  return /^[\p{Script=Han}\s]+$/u.test(keyword) ? new RegExp(escaped, 'gu') : new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * How close each role is to the ad, from the ad's skills (weighted by kind: required or unmarked
 * 1, nice to have ½) and the role's requirements (weighted by importance):
 *   roleCover = Σ importance·w over the role's requirements the ad names / Σ importance over all of them
 *   adCover   = Σ w over the ad's skills the role requires / Σ w over all the ad's skills
 *   closeness = (roleCover + adCover) / 2, plus 0.1 for a role of the inferred domain (at most 1)
 */
export function roleCloseness(catalog: Catalog, skills: readonly MatchSkill[], inferred: string | undefined): CloseRole[] {
  const weights = new Map(skills.map((s) => [s.skill, kindWeight[s.kind]]));
  const adTotal = [...weights.values()].reduce((a, b) => a + b, 0);
  const scored: Omit<CloseRole, 'rank'>[] = [];
  for (const role of catalog.roles) {
    let covered = 0;
    let total = 0;
    let adCovered = 0;
    const shared: string[] = [];
    for (const req of role.skills) {
      total += req.importance;
      const w = weights.get(req.skill);
      if (w === undefined) continue;
      covered += req.importance * w;
      adCovered += w;
      shared.push(req.skill);
    }
    if (shared.length === 0) continue;
    const roleCover = covered / total;
    const adCover = adTotal === 0 ? 0 : adCovered / adTotal;
    const inInferredDomain = role.domain === inferred;
    const closeness = Math.min(1, (roleCover + adCover) / 2 + (inInferredDomain ? inferredDomainBonus : 0));
    scored.push({ id: role.id, title: role.title, domain: role.domain, seniority: role.seniority, closeness: round(closeness, 4), roleCover: round(roleCover, 4), adCover: round(adCover, 4), inInferredDomain, shared });
  }
  scored.sort((a, b) => b.closeness - a.closeness || b.roleCover - a.roleCover || compareIds(a.id, b.id));
  return scored.map((r, i) => ({ rank: i + 1, ...r }));
}

/**
 * The ad's domain: keyword hits, plus twice the best roleCover (see roleCloseness) of the
 * domain's roles, so the skills an ad asks for count as about two keywords. A domain needs one
 * keyword hit at least to be inferred; with none anywhere the domain is unknown.
 */
export function inferDomain(catalog: Catalog, lines: readonly AdLine[], skills: readonly MatchSkill[]): { best: DomainCandidate | null; candidates: DomainCandidate[] } {
  const hits = keywordHits(catalog, lines);
  const overlaps = roleCloseness(catalog, skills, undefined);
  const bestOverlap = new Map<string, number>();
  for (const r of overlaps) bestOverlap.set(r.domain, Math.max(bestOverlap.get(r.domain) ?? 0, r.roleCover));
  const candidates = catalog.domains
    .map((d) => candidate(d, hits.get(d.id) ?? [], bestOverlap.get(d.id) ?? 0))
    .filter((c) => c.keywordHits > 0)
    .sort((a, b) => b.score - a.score || b.keywordHits - a.keywordHits || compareIds(a.id, b.id))
    .slice(0, 3);
  return { best: candidates[0] ?? null, candidates };
}

function candidate(domain: Domain, evidence: { line: number; keyword: string }[], overlap: number): DomainCandidate {
  return {
    id: domain.id,
    name: domain.name,
    etr: domain.etr,
    tier: domain.tier,
    euAiAct: domain.euAiAct,
    score: round(evidence.length + overlapWeight * overlap, 4),
    keywordHits: evidence.length,
    roleOverlap: round(overlap, 4),
    evidence,
  };
}

export interface MatchOptions {
  /** With a profile: the fit, gaps, red flags and risk fit of the closest role, as advise gives them. */
  profile?: LoadedProfile;
  /** The language of the report's sentences and renderings; en when absent. */
  lang?: Lang;
  /** Whose rules apply (eu, us, cn), over the profile's region. */
  region?: Region;
}

/** Reads a job ad from a file, or from standard input for "-". */
export async function readJobAd(path: string): Promise<{ text: string; file: string }> {
  const read = path === '-' ? await readStdin(jobLimits) : await readSourceFile(path, jobLimits);
  if ('problems' in read) throw new InvalidInputError(read.problems);
  return { text: read.text, file: path === '-' ? '<stdin>' : displayPath(path) };
}

/** `etr match --job FILE`: what a job ad asks for, its domain and closest roles, and with a profile the fit. */
export function match(source: CatalogSource, ad: { text: string; file: string }, options: MatchOptions = {}): MatchReport {
  const region = reportRegion(checkRegion(options.region), options.profile?.profile);
  const catalog = { ...source, catalog: catalogForRegion(source.catalog, region) };
  const lines = classifyLines(ad.text);
  const skills = findSkills(catalog.catalog, lines);
  const domain = inferDomain(catalog.catalog, lines, skills);
  const roles = roleCloseness(catalog.catalog, skills, domain.best?.id).slice(0, closestCount);
  const closest = roles[0] === undefined ? undefined : catalog.catalog.roles.find((r) => r.id === roles[0]!.id);
  const lang = options.lang ?? 'en';
  const person = options.profile && personOf(catalog, options.profile);
  const fit = person && closest ? fitOf(catalog, person, closest, lang, region) : { fit: null, note: person ? matchMessages(lang).noCloseRole : null };
  return {
    schemaVersion: matchSchemaVersion,
    job: { file: ad.file, lines: ad.text.replace(/(?:\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/).length },
    catalog: { source: catalog.source, digest: catalog.digest },
    region,
    skills,
    domain: { status: domain.best ? 'inferred' : 'unknown', ...domain },
    roles,
    profile: person ? { name: person.name, preferredEtr: person.preferredEtr, riskAppetite: person.riskAppetite } : null,
    fit: fit.fit,
    fitNote: fit.note,
    warnings: [...catalog.warnings, ...(options.profile?.warnings ?? [])].map((warning) => problemToJson(warning, lang)),
    lang,
    localized: lang === 'en' ? null : localizedNames(catalog.catalog, skills, domain.candidates, roles, fit.fit),
  };
}

/**
 * The catalog's translations of what the report names: the ad's skills and the fit's, the
 * candidate domains and the closest roles' domains, the closest roles. As advise's report gives
 * them (report/types.ts ReportLocalized), so renderers fall back to the catalog's own text alike.
 */
function localizedNames(catalog: Catalog, skills: readonly MatchSkill[], domains: readonly DomainCandidate[], roles: readonly CloseRole[], fit: MatchReport['fit']): ReportLocalized {
  const skillIds = new Set([...skills.map((s) => s.skill), ...(fit ? [...fit.redFlags, ...fit.gaps, ...fit.strengths].map((s) => s.skill) : [])]);
  const domainIds = new Set([...domains.map((d) => d.id), ...roles.map((r) => r.domain)]);
  const roleIds = new Set(roles.map((r) => r.id));
  const localized: ReportLocalized = { domains: {}, roles: {}, skills: {} };
  for (const d of catalog.domains) if (domainIds.has(d.id) && d.zh) localized.domains[d.id] = { name: d.zh.name };
  for (const r of catalog.roles) if (roleIds.has(r.id) && r.zh) localized.roles[r.id] = { title: r.zh.title, summary: r.zh.summary };
  for (const s of catalog.skills) if (skillIds.has(s.id) && s.zh) localized.skills[s.id] = { name: s.zh.name };
  return localized;
}

function personOf(catalog: CatalogSource, loaded: LoadedProfile): Profile {
  return applyOverrides(loaded.profile, {}, catalog.catalog);
}

/**
 * The closest role scored for the person exactly as `etr advise --domain D --top N` scores it
 * (D its domain, N the domain's role count): the same result object, fit, gaps, red flags, risk
 * fit and readiness included; its rank and stability are those within the domain.
 */
function fitOf(catalog: CatalogSource, profile: Profile, role: Role, lang: Lang, region: Region | null): { fit: MatchReport['fit']; note: string | null } {
  const say = matchMessages(lang);
  const zh = lang === 'zh';
  if (profile.currentRole === role.id) return { fit: null, note: say.currentRole(zh && role.zh ? role.zh.title : role.title) };
  if (profile.exclude.includes(role.domain)) {
    const domain = catalog.catalog.domains.find((d) => d.id === role.domain);
    return { fit: null, note: say.excluded(zh && domain?.zh ? domain.zh.name : role.domain) };
  }
  const top = catalog.catalog.roles.filter((r) => r.domain === role.domain).length;
  const report = adviseReport({ catalog: catalog.catalog, profile, top, domains: [role.domain], catalogSource: catalog.source, catalogDigest: catalog.digest, warnings: [], lang, region });
  return { fit: report.results.find((r) => r.role.id === role.id) ?? null, note: null };
}

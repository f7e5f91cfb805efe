/**
 * etr's programmatic API: the use cases of the `etr` binary, as functions. A result from here
 * equals what `etr … --format json` prints for the same input.
 *
 *   import { loadCatalog, loadProfile, advise } from 'etr';
 *   const catalog = await loadCatalog();                  // the built-in catalog, or loadCatalog('./catalog')
 *   const profile = await loadProfile('me.yaml', catalog); // or parseProfile(yamlText, catalog)
 *   const report = advise(catalog, profile, { top: 5 });
 *
 * Invalid input throws InvalidInputError, with every problem found (code, message, file, line,
 * column, hint); a file that cannot be read, or a bad option, throws UsageError.
 */
import { adviseBatch as runBatch, batchInput } from './app/batch.js';
import { checkDomains, checkRegion } from './app/advise.js';
import type { Region } from './model/catalog.js';
import { openCatalog, type CatalogSource } from './catalog/source.js';
import { loadProfile as readProfile, parseProfile as checkProfileText, type LoadedProfile } from './profile/load.js';
import type { ProfileOverrides } from './profile/overrides.js';
import type { BatchLine } from './report/batch.js';
import { mergeTeams, teamBatch } from './app/team.js';
import type { TeamReport } from './report/team.js';
import type { Lang } from './model/lang.js';
import { plainPalette } from './core/palette.js';
import { render as renderResult, type Command, type Format, type Results } from './render/registry.js';

export { advise, type AdviseOptions } from './app/advise.js';
export { leverage, plan, type PlanOptions } from './app/plan.js';
export { match, readJobAd, type MatchOptions } from './app/match.js';
export { show } from './app/show.js';
export { validate, type ValidateOptions } from './app/validate.js';
export { ExitCode, InvalidInputError, UsageError } from './core/errors.js';
export { reportSchemaVersion } from './report/types.js';
export type { Report, ReportComparison, ReportLocalized, ReportResult, ReportSkillRequirement } from './report/types.js';
export type { ReportProblem, Problem, Severity } from './core/problem.js';
export type { ProblemCode } from './core/problem-codes.js';
export type { BatchLine, BatchResult } from './report/batch.js';
export type { LeverageReport, PlanReport } from './report/plan.js';
export type { MatchReport } from './report/match.js';
export type { TeamReport } from './report/team.js';
export type { RoleDetails } from './report/role.js';
export type { ValidationReport } from './report/validation.js';
export type { Catalog, Domain, Region, Requirement, Role, Skill } from './model/catalog.js';
export type { ProfileDraft } from './model/profile.js';
export type { Lang } from './model/lang.js';
export type { LoadedProfile };

/** A checked catalog, as `loadCatalog` returns it: the catalog, "built-in" or its directory, its digest, and its warnings. */
export type LoadedCatalog = CatalogSource;

export interface ProfileOptions {
  /** Treat warnings (an unknown skill, an unknown domain) as errors. Default false. */
  strict?: boolean;
}

/** The built-in catalog, or the catalog in `dir` (skills.yaml, domains.yaml, roles/*.yaml), fully checked. */
export async function loadCatalog(dir?: string): Promise<LoadedCatalog> {
  return openCatalog(dir);
}

/** Reads a profile (YAML) from a file and checks it against the catalog. */
export async function loadProfile(file: string, catalog: LoadedCatalog, options: ProfileOptions = {}): Promise<LoadedProfile> {
  return readProfile(file, catalog.catalog, { strict: options.strict ?? false });
}

/**
 * Checks a profile given as YAML (or JSON) text, or as an object (`{ name, riskAppetite, skills:
 * { python: 4 } }`), which is checked as its JSON; `file` names it in problems.
 */
export function parseProfile(profile: string | Readonly<Record<string, unknown>>, catalog: LoadedCatalog, options: ProfileOptions & { file?: string } = {}): LoadedProfile {
  const text = typeof profile === 'string' ? profile : `${JSON.stringify(profile, null, 2)}\n`;
  return checkProfileText(text, options.file ?? '<profile>', catalog.catalog, { strict: options.strict ?? false });
}

export interface BatchOptions extends ProfileOverrides, ProfileOptions {
  /** How many roles each line carries, best first. Default 10. */
  top?: number;
  /** Only roles in these domains (ids). */
  domains?: readonly string[];
  /** Whose rules apply (eu, us, cn) to every profile, over each profile's own region. */
  region?: Region;
  /** The language of the lines' problem messages and hints. Default "en". */
  lang?: Lang;
}

/**
 * Many profiles at once, as `etr advise --batch`: `input` is a file of JSON lines or a YAML stream
 * (a path), or that text in chunks. Yields one line per profile, in input order; a bad profile
 * yields its problems and the batch goes on.
 */
export async function* adviseBatch(catalog: LoadedCatalog, input: string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, options: BatchOptions = {}): AsyncGenerator<BatchLine> {
  const { top = 10, domains = [], strict = false, region, lang = 'en', ...overrides } = options;
  const regionGiven = checkRegion(region);
  const source = typeof input === 'string' ? batchInput(input) : { file: '<batch>', chunks: asBytes(input) };
  const decoder = new TextDecoder();
  for await (const { lines } of runBatch(source, { catalog: catalog.catalog, top, domains: checkDomains(catalog, domains), overrides, strict, lang, ...(regionGiven && { region: regionGiven }) })) {
    // Each output ends with a whole line: records are written complete.
    for (const line of decoder.decode(lines).split('\n')) if (line !== '') yield JSON.parse(line) as BatchLine;
  }
}

async function* asBytes(chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const chunk of chunks) yield typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

export interface TeamOptions extends BatchOptions {
  /** Keep each person's top 3 (memory then grows with the input). Default false. */
  people?: boolean;
  /** With people: each person by index, never by name. Default false. */
  anonymize?: boolean;
  /** The language of names in the report. Default "en". */
  lang?: Lang;
}

/**
 * The view over many profiles, as `etr team --batch … --format json`: `input` as adviseBatch
 * takes it. The result is also a partial aggregate: pass several, as JSON text, to mergeTeam.
 */
export async function team(catalog: LoadedCatalog, input: string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, options: TeamOptions = {}): Promise<TeamReport> {
  const { top = 10, domains = [], strict = false, people = false, anonymize = false, lang = 'en', ...overrides } = options;
  const source = typeof input === 'string' ? batchInput(input) : { file: '<batch>', chunks: asBytes(input) };
  const { report } = await teamBatch(source, { catalog, top, domains: checkDomains(catalog, domains), overrides, strict, people, anonymize, lang });
  return report;
}

/** `etr team --merge`: the JSON texts of team reports over parts of an input, in its order, added up. */
export function mergeTeam(catalog: LoadedCatalog, parts: readonly string[], lang: Lang = 'en'): TeamReport {
  return mergeTeams(catalog, parts.map((text, i) => ({ file: `<part ${i + 1}>`, text })), lang);
}

/** A command whose result `render` formats, and the formats it has: those of the command's --format. */
export type RenderCommand = Command;
export type RenderFormat<C extends RenderCommand> = Format<C>;
export type RenderResults = Results;

/**
 * A result of this API as its command prints it in `format`: `render('advise', 'markdown', report)`,
 * `render('validate', 'sarif', await validate(…))`. Text comes without colour, `width` columns wide
 * (default 80).
 */
export function render<C extends RenderCommand>(command: C, format: RenderFormat<C>, result: RenderResults[C], options: { width?: number } = {}): Promise<string> {
  return renderResult(command, format, result, { palette: plainPalette, width: options.width ?? 80 });
}

import type { Catalog } from '../catalog/types.js';
import { InvalidInputError } from '../core/errors.js';
import { displayPath, readSourceFile, readStdin, type SourceLimits } from '../core/files.js';
import { locateFindings, type Finding } from '../core/finding.js';
import { hasErrors, sortProblems, type Problem } from '../core/problem.js';
import { didYouMean } from '../core/suggest.js';
import { parseYaml, shorten, type ParsedYaml } from '../core/yaml.js';
import { findingsFromZod } from '../core/zod-findings.js';
import { appetiteEtr, type RiskAppetite } from '../engine/etr.js';
import { levelFromWord, levelWords, sortedSkills } from '../engine/levels.js';
import { defaultWeights, type Weights } from '../engine/score.js';
import { profileSchema, readPlainProfile, type ProfileInput } from './schema.js';
import { skillNames } from './skill-names.js';

/** A profile is a page of YAML; a megabyte is far beyond any real one. */
export const profileLimits: SourceLimits = { maxBytes: 1024 * 1024, maxAliasCount: 100 };

/** A profile read and checked against a catalog, before command-line overrides. */
export interface ProfileDraft {
  name: string;
  riskAppetite: RiskAppetite | null;
  preferredEtr: number;
  experienceYears: number;
  skills: Record<string, number>;
  interests: string[];
  exclude: string[];
  /** As written, not yet normalised; missing entries take the defaults. */
  weights: Weights;
}

export interface LoadedProfile {
  draft: ProfileDraft;
  warnings: Problem[];
}

/** Reads a profile from a file, or from standard input for "-". */
export async function loadProfile(path: string, catalog: Catalog, options: { strict: boolean }): Promise<LoadedProfile> {
  const read = path === '-' ? await readStdin(profileLimits) : await readSourceFile(path, profileLimits);
  if ('problems' in read) throw new InvalidInputError(read.problems);
  return parseProfile(read.text, path === '-' ? '<stdin>' : displayPath(path), catalog, options);
}

/**
 * Checks a profile's text against the schema and the catalog. Errors throw, all at once;
 * warnings (an unknown skill, say) come back, or become errors with `strict`.
 */
export function parseProfile(text: string, file: string, catalog: Catalog, options: { strict: boolean }): LoadedProfile {
  const parsed = parseYaml(text, file, profileLimits);
  if (parsed.problems.length > 0) throw new InvalidInputError(parsed.problems);
  return checkProfile(parsed, file, catalog, options);
}

/**
 * Checks profile data, however it was read (a YAML file, a line of JSON in a batch), against the
 * schema and the catalog; `parsed.locate` says where a path is in the text, for the messages.
 */
export function checkProfile(parsed: Pick<ParsedYaml, 'value' | 'locate'>, file: string, catalog: Catalog, options: { strict: boolean }): LoadedProfile {
  const findings: Finding[] = [];
  const data = parsed.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const found = Array.isArray(data) ? 'a list' : data === null ? 'null' : typeof data === 'string' ? 'a single text' : `a single ${typeof data}`;
    throw new InvalidInputError([
      { code: 'wrong-type', severity: 'error', message: `a profile is a mapping of fields (name:, riskAppetite:, skills:, …), not ${found}`, file, ...parsed.locate([]), hint: 'see the README, or run `etr init` for a starter profile' },
    ]);
  }
  const input = readPlainProfile(data as Record<string, unknown>) ?? readWithSchema(parsed, file);
  const finding = (code: string, message: string, path: PropertyKey[], hint?: string, severity: 'error' | 'warning' = 'error', target?: 'key'): Finding => ({
    code,
    severity,
    message,
    file,
    path,
    ...(hint ? { hint } : {}),
    ...(target ? { target } : {}),
  });
  const lenient = options.strict ? 'error' : 'warning';
  const suggest = suggestionBudget();

  const skills = readSkills(input.skills, catalog, finding, lenient, findings, suggest);

  const domainIds = catalog.domains.map((d) => d.id);
  const checkDomains = (field: 'interests' | 'exclude') =>
    (input[field] ?? []).filter((id, i) => {
      if (domainIds.includes(id)) return true;
      findings.push(finding('unknown-domain', `${field}: unknown domain "${shorten(id)}"`, [field, i], suggest(id, () => didYouMean(id, domainIds)) ?? 'see `etr catalog domains` for the domain ids', lenient));
      return false;
    });
  const interests = [...new Set(checkDomains('interests'))].sort();
  const exclude = [...new Set(checkDomains('exclude'))].sort();
  for (const id of interests.filter((d) => exclude.includes(d))) {
    findings.push(finding('interest-excluded', `domain "${shorten(id)}" is both an interest and excluded; it is excluded`, ['exclude'], 'remove it from one of the two lists', 'warning'));
  }

  if (input.riskAppetite !== undefined && input.preferredEtr !== undefined) {
    findings.push(finding('conflicting-risk', 'give riskAppetite or preferredEtr, not both', ['preferredEtr'], 'riskAppetite is a word (very-low … very-high); preferredEtr is the same idea as a fraction', 'error', 'key'));
  }
  if (input.riskAppetite === undefined && input.preferredEtr === undefined) {
    findings.push(finding('no-risk-appetite', 'the profile gives no riskAppetite; assuming medium (about 3% unreviewed errors)', [], `add riskAppetite: one of very-low, low, medium, high, very-high`, 'warning'));
  }

  const weights: Weights = { ...defaultWeights, ...input.weights };
  if (weights.skill + weights.risk + weights.interest <= 0) {
    findings.push(finding('weights-zero', 'the weights add up to 0, so nothing could be ranked', ['weights'], 'give at least one of skill, risk, interest a positive weight'));
  }

  // Most profiles have nothing to report; a batch checks thousands of them.
  const problems = findings.length === 0 ? [] : sortProblems(locateFindings(findings, new Map([[file, parsed]])));
  if (hasErrors(problems)) throw new InvalidInputError(problems);

  const riskAppetite = input.riskAppetite ?? (input.preferredEtr === undefined ? 'medium' : null);
  return {
    draft: {
      name: input.name ?? 'you',
      riskAppetite,
      preferredEtr: input.preferredEtr ?? appetiteEtr[riskAppetite ?? 'medium'],
      experienceYears: input.experienceYears ?? 0,
      skills,
      interests: interests.filter((d) => !exclude.includes(d)),
      exclude,
      weights,
    },
    warnings: problems,
  };
}

/** The profile's fields through the schema, which reports every problem with its place. */
function readWithSchema(parsed: Pick<ParsedYaml, 'value' | 'locate'>, file: string): ProfileInput {
  const schema = profileSchema();
  const result = schema.safeParse(parsed.value);
  if (result.success) return result.data;
  const findings = findingsFromZod(result.error, { file, input: parsed.value, schema });
  throw new InvalidInputError(sortProblems(locateFindings(findings, new Map([[file, parsed]]))));
}

type MakeFinding = (code: string, message: string, path: PropertyKey[], hint?: string, severity?: 'error' | 'warning', target?: 'key') => Finding;
type Suggest = (name: string, compute: () => string | undefined) => string | undefined;

/**
 * "Did you mean" compares a name with every known name. For a hostile file of thousands of unknown
 * names, or a name of a megabyte, that would take minutes; so only the first few short names get
 * a suggestion, the rest the general hint.
 */
function suggestionBudget(count = 50, maxLength = 100): Suggest {
  let left = count;
  return (name, compute) => (name.length <= maxLength && left-- > 0 ? compute() : undefined);
}

/** The skills map: each key resolved to a skill id, each level to 0–5. Keys keep no order. */
function readSkills(value: unknown, catalog: Catalog, finding: MakeFinding, lenient: 'error' | 'warning', findings: Finding[], suggest: Suggest): Record<string, number> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    findings.push(finding('wrong-type', 'skills should be a mapping of skill to level, e.g. "python: 3"', ['skills']));
    return {};
  }
  const names = skillNames(catalog);
  const levels = new Map<string, number>();
  const firstKey = new Map<string, string>();
  // Object.keys lists own keys only, so "__proto__" or "constructor" are plain (unknown) names.
  for (const key of Object.keys(value)) {
    const raw = (value as Record<string, unknown>)[key];
    const level = readLevel(raw);
    if (level === undefined) {
      const hint = typeof raw === 'string' ? ((raw.length <= 100 ? didYouMean(raw, levelWords) : undefined) ?? `use 0–5 or one of: ${levelWords.join(', ')}`) : `use a whole number 0–5 or one of: ${levelWords.join(', ')}`;
      findings.push(finding('invalid-level', `skills.${shorten(key)}: ${describeLevel(raw)} is not a skill level`, ['skills', key], hint));
      continue;
    }
    const id = names.resolve(key);
    if (id === undefined) {
      const hint = suggest(key, () => {
        const suggestions = names.suggest(key);
        return suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : undefined;
      });
      findings.push(finding('unknown-skill', `unknown skill "${shorten(key)}"${lenient === 'warning' ? '; it is ignored' : ''}`, ['skills', key], hint ?? 'see `etr catalog skills` for the names etr knows', lenient, 'key'));
      continue;
    }
    const earlier = firstKey.get(id);
    if (earlier !== undefined) {
      findings.push(finding('duplicate-skill', `"${shorten(key)}" and "${shorten(earlier)}" both name skill "${id}"; the higher level counts`, ['skills', key], 'keep one of them', 'warning', 'key'));
      levels.set(id, Math.max(levels.get(id)!, level));
    } else {
      firstKey.set(id, key);
      levels.set(id, level);
    }
  }
  // Sorted keys: the profile's key order never shows in the output.
  return sortedSkills(levels);
}

function readLevel(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 && raw <= 5 ? raw : undefined;
  if (typeof raw === 'string') {
    const word = levelFromWord(raw);
    if (word !== undefined) return word;
    const number = Number(raw.trim());
    return raw.trim() !== '' && Number.isInteger(number) && number >= 0 && number <= 5 ? number : undefined;
  }
  return undefined;
}

function describeLevel(raw: unknown): string {
  if (typeof raw === 'string') return `"${shorten(raw, 40)}"`;
  if (raw === null) return 'an empty value';
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'object') return 'a mapping';
  return String(raw);
}

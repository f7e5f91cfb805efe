import type { Catalog } from '../model/catalog.js';
import { usageError } from '../core/errors.js';
import { didYouMeanText, suggestion } from '../core/suggest.js';
import { appetiteEtr, minimumEtr, riskAppetites, type RiskAppetite } from '../model/etr.js';
import { readLevel, levelWords, skillLevelsOf, skillRecord, type SkillLevels } from '../model/levels.js';
import { normalizeWeights, type Weights } from '../model/weights.js';
import type { Profile, ProfileDraft, SkillRecord } from '../model/profile.js';
import { says, type Problem } from '../core/problem.js';
import type { Text } from '../core/text.js';
import { withImplied, type ImpliedSkills } from './implied.js';
import { describeFound, phraseHint, skillNames } from './skill-names.js';

/** What a run may change without editing the profile: a quick "what if". */
export interface ProfileOverrides {
  /** An appetite word, or a preferred ETR as a fraction (0.03) or a percentage (3%). */
  risk?: string;
  /** "skill=0.6,risk=0.3,interest=0.1", or `{ skill: 0.6, risk: 0.3 }`; entries left out keep the profile's values. */
  weights?: string | Readonly<Partial<Weights>>;
  /** "SKILL=LEVEL" each, or `{ SKILL: LEVEL }`; a skill by id, name or alias, the level as a number or a word. */
  set?: readonly string[] | Readonly<Record<string, number | string>>;
  /** --hours-per-week: hours a week for learning, over the profile's hoursPerWeek. */
  hoursPerWeek?: number;
}

/** The overrides as the command line gives them: what the API takes as objects written as text. */
export function overridesAsText(overrides: ProfileOverrides): ProfileOverrides & { set?: string[]; weights?: string } {
  const { set, weights, risk, hoursPerWeek } = overrides;
  return {
    ...(set !== undefined && { set: isStringList(set) ? [...set] : Object.entries(set).map(([skill, level]) => `${skill}=${level}`) }),
    ...(risk !== undefined && { risk }),
    ...(weights !== undefined && { weights: typeof weights === 'string' ? weights : Object.entries(weights).map(([name, weight]) => `${name}=${weight}`).join(',') }),
    ...(hoursPerWeek !== undefined && { hoursPerWeek }),
  };
}

function isStringList(set: NonNullable<ProfileOverrides['set']>): set is readonly string[] {
  return Array.isArray(set);
}

/** Overrides read and checked, with skills resolved to ids: the same for every profile of a batch. */
export interface ParsedOverrides {
  risk?: { riskAppetite: RiskAppetite | null; preferredEtr: number };
  weights?: Partial<Weights>;
  /** Skill id and level, in the order given; a later one for the same skill wins. */
  set: (readonly [string, number])[];
  /** A --set whose name is a phrase that names skills ("PyTorch/TensorFlow=3"): each is set. */
  warnings: Problem[];
  hoursPerWeek?: number;
}

export function applyOverrides(draft: ProfileDraft, overrides: ProfileOverrides, catalog: Catalog): Profile {
  return applyParsedOverrides(draft, parseOverrides(overrides, catalog), catalog);
}

/** What a skill level may be, for a value that is none (the format's level words stay as they are typed). */
export const levelHint: Text = { en: `use 0–5 or one of: ${levelWords.join(', ')}`, zh: `请用 0–5 或以下写法之一：${levelWords.join('、')}` };

/**
 * Reads the overrides once; a mistake in them is a usage error, whatever the profile. A --set
 * name that is not a skill's but names some (as a profile's skills are read) sets each, with a
 * warning; with `strict` it is a usage error.
 */
export function parseOverrides(given: ProfileOverrides, catalog: Catalog, options: { strict?: boolean } = {}): ParsedOverrides {
  const overrides = overridesAsText(given);
  const parsed: ParsedOverrides = { set: [], warnings: [] };
  if (overrides.risk !== undefined) parsed.risk = parseRisk(overrides.risk);
  if (overrides.weights !== undefined) parsed.weights = parseWeights(overrides.weights);
  if (overrides.hoursPerWeek !== undefined) parsed.hoursPerWeek = overrides.hoursPerWeek;
  const names = skillNames(catalog);
  for (const assignment of overrides.set ?? []) {
    const match = /^(.+?)=(.+)$/.exec(assignment);
    if (!match) {
      throw usageError(
        { en: `--set ${assignment}: expected SKILL=LEVEL`, zh: `--set ${assignment}：应写成 技能=水平（SKILL=LEVEL）` },
        { en: 'for example --set python=4 or --set "prompt engineering=proficient"', zh: '例如 --set python=4 或 --set "提示工程=4"' },
      );
    }
    const [, name, value] = match as unknown as [string, string, string];
    const id = names.resolve(name);
    const found = id === undefined ? names.find(name) : [];
    if (id === undefined && found.length === 0) {
      const suggestions = names.suggest(name);
      throw usageError({ en: `--set: unknown skill "${name}"`, zh: `--set：未知技能“${name}”` }, suggestions.length > 0 ? suggestion(suggestions) : { en: 'see `etr catalog skills`', zh: '可用 `etr catalog skills` 查看' });
    }
    if (id === undefined && options.strict) {
      const named = describeFound(found);
      throw usageError({ en: `--set ${assignment}: "${name}" is not a skill name; it names ${named.en}`, zh: `--set ${assignment}：“${name}”不是技能名称，它包含的是${named.zh}` }, phraseHint(found));
    }
    const level = readLevel(value);
    if (level === undefined) throw usageError({ en: `--set ${assignment}: "${value}" is not a skill level`, zh: `--set ${assignment}：“${value}”不是技能水平` }, levelHint);
    if (id !== undefined) {
      parsed.set.push([id, level]);
      continue;
    }
    const named = describeFound(found);
    const words = says({ en: `--set ${assignment}: "${name}" read as ${named.en}`, zh: `--set ${assignment}：“${name}”识别为${named.zh}` }, phraseHint(found));
    parsed.warnings.push({ code: 'skill-read-from-phrase', severity: 'warning', ...words });
    for (const skill of found) parsed.set.push([skill.id, level]);
  }
  return parsed;
}

/**
 * A profile as the run sees it: the draft with the parsed overrides applied, the weights
 * normalised, and the skills its rated ones imply added (implied.ts).
 */
export function applyParsedOverrides(draft: ProfileDraft, overrides: ParsedOverrides, catalog: Catalog): Profile {
  const written = skillLevelsOf(draft.skills);
  const { skills, implied } = withImplied(overrides.set.length === 0 ? written : withLevelsSet(written, overrides.set), catalog);
  // The draft's own record when nothing changed it.
  return withOverrides(draft, overrides, skills === written ? draft.skills : skillRecord(skills), implied);
}

/** As applyParsedOverrides, for a profile of a batch, its skills as sorted lists. */
export function applySortedOverrides(checked: ProfileDraft<SkillLevels>, overrides: ParsedOverrides, catalog: Catalog): Profile<SkillLevels> {
  const { skills, implied } = withImplied(overrides.set.length === 0 ? checked.skills : withLevelsSet(checked.skills, overrides.set), catalog);
  return withOverrides(checked, overrides, skills, implied);
}

/** The skills with --set's levels: a later one for the same skill wins. */
function withLevelsSet({ ids, levels }: SkillLevels, set: ParsedOverrides['set']): SkillLevels {
  return skillLevelsOf(new Map([...ids.map((id, i) => [id, levels[i]!] as const), ...set]));
}

/** The profile with the given skills and --risk and --weights applied: weights normalised, and refused when they add up to 0. */
function withOverrides<Skills extends SkillRecord | SkillLevels>(draft: Omit<ProfileDraft<Skills>, 'skills'>, overrides: ParsedOverrides, skills: Skills, implied: ImpliedSkills): Profile<Skills> {
  const { riskAppetite, preferredEtr } = overrides.risk ?? draft;
  const weights = overrides.weights === undefined ? draft.weights : { ...draft.weights, ...overrides.weights };
  if (weights.skill + weights.risk + weights.interest <= 0) {
    throw usageError({ en: 'the weights add up to 0, so nothing could be ranked', zh: '权重之和为 0，无法排名' }, { en: 'give at least one weight a positive value', zh: '请至少给一项权重一个正值' });
  }
  return {
    name: draft.name,
    riskAppetite,
    preferredEtr,
    experienceYears: draft.experienceYears,
    hoursPerWeek: overrides.hoursPerWeek ?? draft.hoursPerWeek,
    skills,
    currentRole: draft.currentRole,
    interests: draft.interests,
    exclude: draft.exclude,
    weights: normalizeWeights(weights),
    ...(draft.region !== undefined && { region: draft.region }),
    implied,
  };
}

export function parseRisk(value: string): { riskAppetite: RiskAppetite | null; preferredEtr: number } {
  const word = value.trim().toLowerCase();
  if ((riskAppetites as readonly string[]).includes(word)) return { riskAppetite: word as RiskAppetite, preferredEtr: appetiteEtr[word as RiskAppetite] };
  const percent = word.endsWith('%');
  const number = Number(percent ? word.slice(0, -1) : word);
  const fraction = percent ? number / 100 : number;
  if (word !== '' && Number.isFinite(fraction) && fraction >= minimumEtr && fraction < 1) return { riskAppetite: null, preferredEtr: fraction };
  if (word !== '' && Number.isFinite(fraction) && fraction > 0 && fraction < minimumEtr) {
    throw usageError(
      { en: `--risk ${value}: an ETR below ${minimumEtr} (one error in a million) cannot be told apart from none`, zh: `--risk ${value}：低于 ${minimumEtr}（百万分之一）的 ETR 与零无法区分` },
      { en: `give an ETR from ${minimumEtr} (0.0001%) up to 1, or use very-low`, zh: `请给出 ${minimumEtr}（0.0001%）到 1 之间的 ETR，或使用 very-low` },
    );
  }
  const hint = didYouMeanText(word, riskAppetites) ?? { en: `use one of ${riskAppetites.join(', ')}, or a preferred ETR such as 0.03 or 3%`, zh: `可选：${riskAppetites.join('、')}，或偏好的 ETR，如 0.03 或 3%` };
  throw usageError({ en: `--risk ${value}: not a risk appetite or an ETR`, zh: `--risk ${value}：既不是风险偏好，也不是 ETR` }, hint);
}

export function parseWeights(value: string): Partial<Weights> {
  const weights: Partial<Weights> = {};
  for (const part of value.split(',')) {
    const match = /^\s*(skill|risk|interest)\s*=\s*([0-9]*\.?[0-9]+)\s*$/.exec(part);
    if (!match) {
      throw usageError(
        { en: `--weights ${value}: cannot read "${part.trim()}"`, zh: `--weights ${value}：无法识别“${part.trim()}”` },
        { en: 'write it as skill=0.6,risk=0.3,interest=0.1 (non-negative numbers)', zh: '请写成 skill=0.6,risk=0.3,interest=0.1（非负数）' },
      );
    }
    const weight = Number(match[2]);
    if (!Number.isFinite(weight)) {
      throw usageError(
        { en: `--weights ${value}: ${match[1]}'s weight is too large a number`, zh: `--weights ${value}：${match[1]} 的权重数值过大` },
        { en: 'weights are relative: skill=6,risk=3,interest=1 means the same as 0.6, 0.3, 0.1', zh: '权重是相对值：skill=6,risk=3,interest=1 与 0.6、0.3、0.1 含义相同' },
      );
    }
    weights[match[1] as keyof Weights] = weight;
  }
  return weights;
}

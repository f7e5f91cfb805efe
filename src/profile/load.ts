import type { ProfileDraft, SkillRecord } from '../model/profile.js';
import type { Catalog } from '../model/catalog.js';
import { InvalidInputError } from '../core/errors.js';
import { displayPath, readSourceFile, readStdin, type SourceLimits } from '../core/files.js';
import { locateFindings, type Finding } from '../core/finding.js';
import { capProblems, hasErrors, says, sortProblems, type Problem } from '../core/problem.js';
import type { ProblemCode } from '../core/problem-codes.js';
import { didYouMeanText, suggestion } from '../core/suggest.js';
import type { Text } from '../core/text.js';
import { parseYaml, shorten, type ParsedYaml } from '../core/yaml.js';
import { findingsFromZod } from '../core/zod-findings.js';
import { appetiteEtr } from '../model/etr.js';
import { levelWords, readLevel, skillLevelsOf, skillRecord, type SkillLevels } from '../model/levels.js';
import { defaultWeights, type Weights } from '../model/weights.js';
import { levelHint } from './overrides.js';
import { roleNames } from './role-names.js';
import { defaultHoursPerWeek, isMapping, profileSchema, type ProfileInput } from './schema.js';
import { describeFound, phraseHint, skillNames, type FoundSkill, type SkillNames } from './skill-names.js';

/** A profile is a page of YAML; a megabyte is far beyond any real one. */
export const profileLimits: SourceLimits = { maxBytes: 1024 * 1024, maxAliasCount: 100 };

/** A profile read and checked, and the warnings its check found (errors throw). */
export interface LoadedProfile<Skills extends SkillRecord | SkillLevels = SkillRecord> {
  profile: ProfileDraft<Skills>;
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
  const { profile, warnings } = parseSortedProfile(text, file, catalog, options);
  // The weights copied: a checked profile may share defaultWeights, and a draft is its caller's to change.
  return { profile: { ...profile, skills: skillRecord(profile.skills), weights: { ...profile.weights } }, warnings };
}

/**
 * parseProfile with the skills left as sorted lists, as the batch ranks them. `lineOffset` is for
 * a document cut from a longer input (a batch's YAML stream): the lines before it.
 */
export function parseSortedProfile(text: string, file: string, catalog: Catalog, options: { strict: boolean; lineOffset?: number }): LoadedProfile<SkillLevels> {
  const parsed = parseYaml(text, file, options.lineOffset ? { ...profileLimits, lineOffset: options.lineOffset } : profileLimits);
  if (parsed.problems.length > 0) throw new InvalidInputError(capProblems(parsed.problems));
  return checkProfileValue(parsed, file, catalog, options);
}

/**
 * Checks profile data, however it was read (a YAML file, a line of JSON in a batch), against the
 * schema and the catalog; `parsed.locate` says where a path is in the text, for the messages.
 * The skills come back as sorted lists, as the batch ranks them. Written for
 * thousands of calls: most profiles have nothing to report, and for those it builds little
 * beyond what it returns (no finding, no map, no closure), so that a batch's first thousand
 * profiles, run before V8 has optimised anything, cost little more than the rest.
 */
export function checkProfileValue(parsed: Pick<ParsedYaml, 'value' | 'locate'>, file: string, catalog: Catalog, options: { strict: boolean }): LoadedProfile<SkillLevels> {
  const data = parsed.value;
  if (!isMapping(data)) {
    const found = Array.isArray(data) ? 'a list' : data === null ? 'null' : typeof data === 'string' ? 'a single text' : `a single ${typeof data}`;
    const zhFound = Array.isArray(data) ? '列表' : data === null ? '空值（null）' : typeof data === 'string' ? '一段文本' : typeof data === 'number' ? '一个数字' : '单个值';
    const words = says(
      { en: `a profile is a mapping of fields (name:, riskAppetite:, skills:, …), not ${found}`, zh: `档案应是由字段组成的映射（name:、riskAppetite:、skills: 等），而不是${zhFound}` },
      { en: 'see the README, or run `etr init` for a starter profile', zh: '格式见 README，或运行 `etr init` 生成一份入门档案' },
    );
    throw new InvalidInputError([{ code: 'wrong-type', severity: 'error', ...words, file, ...parsed.locate([]) }]);
  }
  const input = readWithSchema(parsed, file);
  const report = new Findings(file, options.strict);

  const skills = readSkills(input.skills, catalog, report);

  const interests = readDomains(input.interests, 'interests', catalog, report);
  const exclude = readDomains(input.exclude, 'exclude', catalog, report);
  for (let i = 0; i < interests.length; i++) {
    const id = interests[i]!;
    if (exclude.includes(id)) {
      const message = { en: `domain "${shorten(id)}" is both an interest and excluded; it is excluded`, zh: `领域“${shorten(id)}”既在 interests 中又被排除，按排除处理` };
      report.add('interest-excluded', message, ['exclude'], { en: 'remove it from one of the two lists', zh: '请从两个列表之一中删除它' }, 'warning');
    }
  }
  const currentRole = input.currentRole === undefined ? null : readCurrentRole(input.currentRole, catalog, report);

  if (input.riskAppetite !== undefined && input.preferredEtr !== undefined) {
    report.add(
      'conflicting-risk',
      { en: 'give riskAppetite or preferredEtr, not both', zh: 'riskAppetite 和 preferredEtr 只能写一个' },
      ['preferredEtr'],
      { en: 'riskAppetite is a word (very-low … very-high); preferredEtr is the same idea as a fraction', zh: 'riskAppetite 用词表示（very-low … very-high）；preferredEtr 用小数表示同一个意思' },
      'error',
      'key',
    );
  }
  if (input.riskAppetite === undefined && input.preferredEtr === undefined) {
    report.add(
      'no-risk-appetite',
      { en: 'the profile gives no riskAppetite; assuming medium (about 3% unreviewed errors)', zh: '档案没有给出 riskAppetite，按 medium（约 3% 的错误未经审核）处理' },
      [],
      { en: `add riskAppetite: one of very-low, low, medium, high, very-high`, zh: '请添加 riskAppetite：very-low、low、medium、high、very-high 之一' },
      'warning',
    );
  }

  // The defaults themselves when the profile gives no weights, as most do: nothing in a batch
  // changes them, and parseProfile's caller gets a copy.
  const weights: Weights = input.weights === undefined ? defaultWeights : { ...defaultWeights, ...input.weights };
  if (weights.skill + weights.risk + weights.interest <= 0) {
    report.add('weights-zero', { en: 'the weights add up to 0, so nothing could be ranked', zh: '权重之和为 0，无法排名' }, ['weights'], { en: 'give at least one of skill, risk, interest a positive weight', zh: '请至少给 skill、risk、interest 中的一项一个正的权重' });
  }

  const problems = report.problems(parsed);
  if (hasErrors(problems)) throw new InvalidInputError(problems);

  const riskAppetite = input.riskAppetite ?? (input.preferredEtr === undefined ? 'medium' : null);
  return {
    profile: {
      name: input.name ?? 'you',
      riskAppetite,
      preferredEtr: input.preferredEtr ?? appetiteEtr[riskAppetite ?? 'medium'],
      experienceYears: input.experienceYears ?? 0,
      hoursPerWeek: input.hoursPerWeek ?? defaultHoursPerWeek,
      skills,
      currentRole,
      interests: exclude.length === 0 ? interests : without(interests, exclude),
      exclude,
      weights,
      ...(input.region !== undefined && { region: input.region }),
    },
    warnings: problems,
  };
}

function without(ids: readonly string[], removed: readonly string[]): string[] {
  return ids.filter((id) => !removed.includes(id));
}

/** The profile's fields through the schema, which reports every problem with its place. */
function readWithSchema(parsed: Pick<ParsedYaml, 'value' | 'locate'>, file: string): ProfileInput {
  const schema = profileSchema();
  const result = schema.safeParse(parsed.value);
  if (result.success) return result.data;
  const findings = findingsFromZod(result.error, { file, input: parsed.value, schema });
  throw new InvalidInputError(capProblems(sortProblems(locateFindings(findings, new Map([[file, parsed]])))));
}

/** What a check finds in one profile; its list is made at the first finding. */
class Findings {
  private found: Finding[] | undefined;
  /** "Did you mean" suggestions left; see suggest. */
  private suggestions = 50;
  /** What an unknown name is: an error with --strict, else a warning and the name is ignored. */
  readonly lenient: 'error' | 'warning';

  constructor(
    private readonly file: string,
    strict: boolean,
  ) {
    this.lenient = strict ? 'error' : 'warning';
  }

  add(code: ProblemCode, message: Text, path: PropertyKey[], hint?: Text, severity: 'error' | 'warning' = 'error', target?: 'key'): void {
    const finding: Finding = { code, severity, message: message.en, file: this.file, path, zh: { message: message.zh } };
    // Set, not spread: spreading makes V8 copy objects, and a batch reports for thousands of profiles.
    if (hint) {
      finding.hint = hint.en;
      finding.zh!.hint = hint.zh;
    }
    if (target) finding.target = target;
    (this.found ??= []).push(finding);
  }

  /**
   * "Did you mean" compares a name with every known name. For a hostile file of thousands of
   * unknown names, or a name of a megabyte, that would take minutes; so only the first few short
   * names get a suggestion, the rest the general hint.
   */
  suggest(name: string, compute: () => Text | undefined): Text | undefined {
    return name.length <= 100 && this.suggestions-- > 0 ? compute() : undefined;
  }

  /** The findings as problems, placed in the text and in order. */
  problems(parsed: Pick<ParsedYaml, 'value' | 'locate'>): Problem[] {
    return this.found === undefined ? [] : capProblems(sortProblems(locateFindings(this.found, new Map([[this.file, parsed]]))));
  }
}

/** A skills mapping's keys and their levels as written, in the profile's order. */
interface SkillEntries {
  keys: readonly string[];
  values: readonly unknown[];
}

/** Up to this many skills are kept sorted as they are read; a longer list goes through a map. */
const insertionSortedSkills = 64;

/** The skills map: each key resolved to a skill id, each level to 0–5; sorted by id, whatever the profile's order. */
function readSkills(value: unknown, catalog: Catalog, report: Findings): SkillLevels {
  if (value === undefined || value === null) return { ids: [], levels: [] };
  // Object.keys lists own keys only, so "__proto__" or "constructor" are plain (unknown) names.
  const entries: SkillEntries | undefined = isMapping(value) ? { keys: Object.keys(value), values: Object.values(value) } : undefined;
  if (entries === undefined) {
    report.add('wrong-type', { en: 'skills should be a mapping of skill to level, e.g. "python: 3"', zh: 'skills 应是技能到水平的映射，例如“python: 3”' }, ['skills']);
    return { ids: [], levels: [] };
  }
  const names = skillNames(catalog);
  const { keys, values } = entries;
  // Room for every key at once: lists grown one skill at a time would be made again and again.
  const ids: string[] = new Array<string>(keys.length);
  const levels: number[] = new Array<number>(keys.length);
  let count = 0;
  // A profile names a handful of skills, kept sorted by insertion; a hostile one with thousands
  // would make that quadratic, so its skills are appended, found again by a map, and sorted once.
  const positions = keys.length > insertionSortedSkills ? new Map<string, number>() : undefined;
  // With so many keys, the first key kept for each skill is remembered, for a repeat to name it:
  // looked for again at each repeat, thousands of repeats would take quadratic time.
  const firstKeys = positions ? new Map<string, string>() : undefined;
  let fromPhrases: { ids: readonly string[]; level: number }[] | undefined;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    // What is reported is reported by functions of their own: a closure here would make V8
    // allocate a context for every skill of every profile.
    const raw = values[k];
    const level = readLevel(raw);
    if (level === undefined) {
      reportLevel(report, key, raw);
      continue;
    }
    const id = names.resolve(key);
    if (id === undefined) {
      // Not a name, but perhaps a phrase that holds some ("PyTorch/TensorFlow"): rare, so the
      // skills found are kept aside and merged at the end.
      const found = names.find(key);
      if (found.length === 0) reportUnknownSkill(report, names, key);
      else (fromPhrases ??= []).push(readFromPhrase(report, key, found, level));
      continue;
    }
    let at = positions ? (positions.get(id) ?? count) : count;
    if (!positions) while (at > 0 && ids[at - 1]! >= id) at--;
    if (at < count && ids[at] === id) {
      reportRepeatedSkill(report, names, entries, key, id, firstKeys?.get(id));
      levels[at] = Math.max(levels[at]!, level);
      continue;
    }
    positions?.set(id, at);
    firstKeys?.set(id, key);
    for (let i = count; i > at; i--) {
      ids[i] = ids[i - 1]!;
      levels[i] = levels[i - 1]!;
    }
    ids[at] = id;
    levels[at] = level;
    count++;
  }
  // Trimmed only when a key was left out: setting an array's length costs a call.
  if (count < keys.length) {
    ids.length = count;
    levels.length = count;
  }
  const read = positions ? skillLevelsOf(new Map(ids.map((id, i) => [id, levels[i]!]))) : { ids, levels };
  return fromPhrases ? withSkillsFromPhrases(read, fromPhrases) : read;
}

/** The skills with those read from phrases added; a skill named twice keeps the higher level. */
function withSkillsFromPhrases({ ids, levels }: SkillLevels, fromPhrases: readonly { ids: readonly string[]; level: number }[]): SkillLevels {
  const merged = new Map(ids.map((id, i) => [id, levels[i]!]));
  for (const { ids: found, level } of fromPhrases) for (const id of found) merged.set(id, Math.max(merged.get(id) ?? 0, level));
  return skillLevelsOf(merged);
}

/** Reports a key read as the skills named in it ("PyTorch/TensorFlow"), and returns them with its level. */
function readFromPhrase(report: Findings, key: string, found: readonly FoundSkill[], level: number): { ids: readonly string[]; level: number } {
  const named = describeFound(found);
  const message: Text =
    report.lenient === 'warning'
      ? { en: `"${shorten(key)}" read as ${named.en}`, zh: `“${shorten(key)}”识别为${named.zh}` }
      : { en: `"${shorten(key)}" is not a skill name; it names ${named.en}`, zh: `“${shorten(key)}”不是技能名称，它包含的是${named.zh}` };
  report.add('skill-read-from-phrase', message, ['skills', key], phraseHint(found), report.lenient, 'key');
  return { ids: found.map((f) => f.id), level };
}

function reportLevel(report: Findings, key: string, raw: unknown): void {
  const hint =
    typeof raw === 'string'
      ? ((raw.length <= 100 ? didYouMeanText(raw, levelWords) : undefined) ?? levelHint)
      : { en: `use a whole number 0–5 or one of: ${levelWords.join(', ')}`, zh: `请用 0–5 的整数或以下写法之一：${levelWords.join('、')}` };
  const level = describeLevel(raw);
  report.add('invalid-level', { en: `skills.${shorten(key)}: ${level.en} is not a skill level`, zh: `skills.${shorten(key)}：${level.zh}不是技能水平` }, ['skills', key], hint);
}

function reportUnknownSkill(report: Findings, names: SkillNames, key: string): void {
  const hint = report.suggest(key, () => {
    const suggestions = names.suggest(key);
    return suggestions.length > 0 ? suggestion(suggestions) : undefined;
  });
  const ignored = report.lenient === 'warning';
  report.add(
    'unknown-skill',
    { en: `unknown skill "${shorten(key)}"${ignored ? '; it is ignored' : ''}`, zh: `未知技能“${shorten(key)}”${ignored ? '，已忽略' : ''}` },
    ['skills', key],
    hint ?? { en: 'see `etr catalog skills` for the names etr knows', zh: 'etr 认识的技能名称可用 `etr catalog skills` 查看' },
    report.lenient,
    'key',
  );
}

function reportRepeatedSkill(report: Findings, names: SkillNames, { keys, values }: SkillEntries, key: string, id: string, known: string | undefined): void {
  // The first key with a level that names this skill is the one kept. A loop, not find() with a
  // callback: V8 optimises this with readSkills, and a callback is much more to optimise.
  let first = known ?? key;
  for (let i = 0; known === undefined && i < keys.length; i++) {
    if (readLevel(values[i]) !== undefined && names.resolve(keys[i]!) === id) {
      first = keys[i]!;
      break;
    }
  }
  report.add(
    'duplicate-skill',
    { en: `"${shorten(key)}" and "${shorten(first)}" both name skill "${id}"; the higher level counts`, zh: `“${shorten(key)}”和“${shorten(first)}”指的都是技能“${id}”，按较高的水平计` },
    ['skills', key],
    { en: 'keep one of them', zh: '请只保留其中一个' },
    'warning',
    'key',
  );
}

/**
 * A list of domain ids, each known (else reported), sorted and without repeats. Each id is the
 * catalog's own string, not the profile's equal one: the ranking looks domains up by id for
 * every profile of a batch, and a string read from a line would be compared character by
 * character each time, where the catalog's is found by identity.
 */
function readDomains(list: readonly string[] | undefined, field: 'interests' | 'exclude', catalog: Catalog, report: Findings): string[] {
  if (list === undefined || list.length === 0) return [];
  const known = domainIds(catalog);
  // Room for all at once.
  const ids: string[] = new Array<string>(list.length);
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    const id = known.get(list[i]!);
    if (id !== undefined) ids[count++] = id;
    else reportUnknownDomain(report, field, known, list[i]!, i);
  }
  ids.length = count;
  return sortedOnce(ids);
}

function reportUnknownDomain(report: Findings, field: 'interests' | 'exclude', known: ReadonlyMap<string, string>, id: string, index: number): void {
  const hint = report.suggest(id, () => didYouMeanText(id, [...known.keys()]));
  const message = { en: `${field}: unknown domain "${shorten(id)}"`, zh: `${field}：未知领域“${shorten(id)}”` };
  report.add('unknown-domain', message, [field, index], hint ?? { en: 'see `etr catalog domains` for the domain ids', zh: '领域 ID 可用 `etr catalog domains` 查看' }, report.lenient);
}

/**
 * The role the person holds now, by id or title (English or zh), as the catalog's id; null, and
 * reported, when no role or several go by that name.
 */
function readCurrentRole(name: string, catalog: Catalog, report: Findings): string | null {
  const names = roleNames(catalog);
  const found = names.resolve(name);
  if (found !== undefined && 'id' in found) return found.id;
  const ignored: Text = report.lenient === 'warning' ? { en: '; it is ignored', zh: '，已忽略' } : { en: '', zh: '' };
  if (found !== undefined) {
    const message = {
      en: `currentRole: "${shorten(name)}" is the title of ${found.ambiguous.length} roles (${found.ambiguous.join(', ')})${ignored.en}`,
      zh: `currentRole：“${shorten(name)}”是 ${found.ambiguous.length} 个职位的名称（${found.ambiguous.join('、')}）${ignored.zh}`,
    };
    report.add('ambiguous-role', message, ['currentRole'], { en: "give the role's id instead", zh: '请改写职位 ID' }, report.lenient);
    return null;
  }
  const suggestions = report.suggest(name, () => {
    const close = names.suggestWords(name);
    return close.length > 0 ? { en: `did you mean ${close.map((c) => c.en).join(' or ')}?`, zh: `是不是指${close.map((c) => c.zh).join('或')}？` } : undefined;
  });
  const message = { en: `currentRole: unknown role "${shorten(name)}"${ignored.en}`, zh: `currentRole：未知职位“${shorten(name)}”${ignored.zh}` };
  report.add('unknown-role', message, ['currentRole'], suggestions ?? { en: 'give a role id or title; see `etr catalog roles`', zh: '请写职位 ID 或名称；可用 `etr catalog roles` 查看' }, report.lenient);
  return null;
}

/**
 * The ids sorted as sort() sorts them (by UTF-16 code units), each once, in place. A profile
 * lists a domain or two, which insertion sorts without the work array sort() makes per call.
 */
function sortedOnce(ids: string[]): string[] {
  if (ids.length > 16) ids.sort();
  else {
    for (let i = 1; i < ids.length; i++) {
      const id = ids[i]!;
      let at = i;
      for (; at > 0 && ids[at - 1]! > id; at--) ids[at] = ids[at - 1]!;
      ids[at] = id;
    }
  }
  let kept = 0;
  for (let i = 0; i < ids.length; i++) if (kept === 0 || ids[i] !== ids[kept - 1]) ids[kept++] = ids[i]!;
  ids.length = kept;
  return ids;
}

const domainIdMaps = new WeakMap<Catalog, ReadonlyMap<string, string>>();

/** The catalog's domain ids, each mapped to itself (see readDomains), made once per catalog. */
function domainIds(catalog: Catalog): ReadonlyMap<string, string> {
  let ids = domainIdMaps.get(catalog);
  if (!ids) domainIdMaps.set(catalog, (ids = new Map(catalog.domains.map((d) => [d.id, d.id]))));
  return ids;
}

function describeLevel(raw: unknown): Text {
  if (typeof raw === 'string') return { en: `"${shorten(raw, 40)}"`, zh: `“${shorten(raw, 40)}”` };
  if (raw === null) return { en: 'an empty value', zh: '空值' };
  if (Array.isArray(raw)) return { en: 'a list', zh: '列表' };
  if (typeof raw === 'object') return { en: 'a mapping', zh: '映射' };
  return { en: String(raw), zh: `${String(raw)} ` };
}

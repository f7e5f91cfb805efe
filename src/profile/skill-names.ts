import type { Catalog } from '../model/catalog.js';
import { skillNameKeys, skillNameList } from '../catalog/name-keys.js';
import { isCjkToken, joinNameTokens, nameTokens } from '../catalog/names.js';
import { similarity } from '../core/suggest.js';
import type { Text } from '../core/text.js';

/** A skill named inside a longer phrase, and the name that named it. */
export interface FoundSkill {
  id: string;
  /** The skill's name, as the catalog writes it. */
  name: string;
  /** Its Chinese name, where the catalog gives one; else its name. */
  zhName: string;
  /** The id, name or alias found in the phrase, as the catalog writes it. */
  matched: string;
}

/**
 * Looks up skills by id, name or alias (English or Chinese), ignoring case, width and the marks
 * between words (see normalizeName).
 */
export interface SkillNames {
  /** The skill a name names exactly; a version number after it ("Java 17", "Vue3") is ignored. */
  resolve(name: string): string | undefined;
  /**
   * The skills named inside a longer phrase ("PyTorch/TensorFlow", "Portuguese-English
   * translation", "葡萄牙语翻译"), each once, in the order they come: a name matches whole words
   * (a Chinese one any run of characters), the longest first, never two overlapping; a name of
   * one or two letters ("ML", "BI") only ever matches a whole key, never a word in a phrase.
   */
  find(phrase: string): readonly FoundSkill[];
  /** Up to three known names plausibly meant by an unknown one, for "did you mean". */
  suggest(name: string): string[];
}

/** The skills found in a phrase, for a message: 'PyTorch (matched "PyTorch") and Deep learning (matched "TensorFlow")'. */
export function describeFound(found: readonly FoundSkill[]): Text {
  const items = found.map((f) => `${f.name} (matched "${f.matched}")`);
  const zhItems = found.map((f) => `${f.zhName}（匹配“${f.matched}”）`);
  return {
    en: items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`,
    zh: zhItems.length <= 1 ? (zhItems[0] ?? '') : `${zhItems.slice(0, -1).join('、')}和${zhItems.at(-1)!}`,
  };
}

/** What to do about a name read from a phrase, if the reading is not what was meant. */
export function phraseHint(found: readonly FoundSkill[]): Text {
  return {
    en: `to be sure, name each skill as \`etr catalog skills\` lists it: ${found.map((f) => f.id).join(', ')}`,
    zh: `为稳妥起见，请按 \`etr catalog skills\` 列出的名称逐个写明技能：${found.map((f) => f.id).join('、')}`,
  };
}

/** Built once per catalog: a batch checks thousands of profiles against the same names. */
const cache = new WeakMap<Catalog, SkillNames>();

export function skillNames(catalog: Catalog): SkillNames {
  let names = cache.get(catalog);
  if (!names) cache.set(catalog, (names = buildSkillNames(catalog)));
  return names;
}

interface Entry {
  id: string;
  skillName: string;
  /** The name as the catalog writes it. */
  shown: string;
  key: string;
  tokens: string[];
  order: number;
}

/** A word trie of the names that may be found inside a phrase. */
interface Node {
  entry?: Entry;
  next: Map<string, Node>;
}

/** Name lookups answered by scanning before the names are put in a map: a profile's worth, about. */
const lookupsBeforeIndex = 40;

/** The lowest similarity (see similarity) at which a name is suggested for a misspelling of it. */
export const suggestionSimilarity = 0.7;

/** A version after a name: "3", "3.10", "v2", "2.x". */
const versionNumber = /^v?\d+(?:\.\d+)*(?:\.x)?$/;
/** A version glued to a name: "vue3", "python3.10", "html5", "yolov8", "c++17". */
const gluedVersion = /^(.*[\p{L}+#])(\d+(?:\.\d+)*)$/u;

/** One or two letters: "ML", "R", "BI". Matched only as a whole key, and never suggested. */
function isShortKey(tokens: readonly string[]): boolean {
  return tokens.length === 1 && [...tokens[0]!].length <= 2 && !isCjkToken(tokens[0]!);
}

function buildSkillNames(catalog: Catalog): SkillNames {
  // Only a phrase's message needs the Chinese names: built then, not for every profile.
  let chinese: Map<string, string> | undefined;
  const zhNames = () => (chinese ??= new Map(catalog.skills.flatMap((skill) => (skill.zh ? [[skill.id, skill.zh.name] as const] : []))));
  // Each normalized name to the skill that claims it first (in a valid catalog, the only one).
  // Names are looked up by their keys alone; the entries with their words, which only phrases
  // and suggestions need, are made when first asked for.
  const keys = skillNameKeys(catalog);
  // A profile names a few skills, and scanning the keys for each costs less than making a map of
  // them all (70,000 in a catalog the size of ESCO, a twentieth of a run); once a catalog has been
  // asked often enough that the map pays (a batch, a long CV), it is made. Either way the first
  // skill in the catalog's order to claim a name has it.
  let index: Map<string, number> | undefined;
  let lookups = 0;
  const positionOf = (key: string): number | undefined => {
    if (key === '') return undefined;
    if (!index && ++lookups > lookupsBeforeIndex) {
      index = new Map();
      keys.forEach((own, position) => {
        for (const name of own) if (!index!.has(name)) index!.set(name, position);
      });
    }
    if (index) return index.get(key);
    const position = keys.findIndex((own) => own.includes(key));
    return position === -1 ? undefined : position;
  };
  let made: Entry[] | undefined;
  const entries = (): Entry[] => {
    if (made) return made;
    const list: Entry[] = [];
    const seen = new Set<string>();
    catalog.skills.forEach((skill, position) => {
      skillNameList(skill).forEach((name, i) => {
        const key = keys[position]![i]!;
        if (key === '' || seen.has(key)) return;
        seen.add(key);
        list.push({ id: skill.id, skillName: skill.name, shown: name, key, tokens: nameTokens(name), order: list.length });
      });
    });
    return (made = list);
  };

  // The names that may be found in a phrase, as a trie of their words; made when a phrase first
  // needs it, as a profile of known names never does.
  let trie: Node | undefined;
  const root = (): Node => {
    if (trie) return trie;
    trie = { next: new Map() };
    for (const entry of entries()) {
      if (isShortKey(entry.tokens)) continue;
      let node = trie;
      for (const token of entry.tokens) {
        let next = node.next.get(token);
        if (!next) node.next.set(token, (next = { next: new Map() }));
        node = next;
      }
      node.entry ??= entry;
    }
    return trie;
  };

  // Generic words: a name of one word (or one Chinese word) that is part of the names of two
  // other skills or more: "compliance" (GxP compliance, AML compliance…), "programming", "coding",
  // "translation", "合规", "编程". Worked out when a phrase first needs it, as most runs never do.
  const generic = new Map<Entry, boolean>();
  const isGeneric = (entry: Entry): boolean => {
    let known = generic.get(entry);
    if (known === undefined) {
      const others = new Set<string>();
      if (entry.tokens.length === 1 || entry.tokens.every(isCjkToken)) {
        for (const other of entries()) if (other.id !== entry.id && other.tokens.length > entry.tokens.length && containsRun(other.tokens, entry.tokens)) others.add(other.id);
      }
      generic.set(entry, (known = others.size >= 2));
    }
    return known;
  };

  /** The position of the skill a name's words name, with a trailing version number dropped if need be. */
  const lookUp = (tokens: string[]): number | undefined => {
    const exact = positionOf(joinNameTokens(tokens));
    if (exact !== undefined || tokens.length === 0) return exact;
    const last = tokens.at(-1)!;
    if (tokens.length >= 2 && versionNumber.test(last) && !isCjkToken(tokens.at(-2)!)) {
      const base = tokens.slice(0, -1);
      if (!isShortKey(base)) return positionOf(joinNameTokens(base));
    }
    for (const base of unversioned(last)) {
      const position = positionOf(joinNameTokens([...tokens.slice(0, -1), base]));
      if (position !== undefined) return position;
    }
    return undefined;
  };

  const find = (phrase: string): FoundSkill[] => {
    const tokens = nameTokens(phrase);
    const words = root();
    // A word with a version glued to it ("vue3") is read as the word, unless it is a name itself.
    for (let i = 0; i < tokens.length; i++) {
      if (words.next.has(tokens[i]!)) continue;
      const base = unversioned(tokens[i]!).find((b) => words.next.has(b));
      if (base !== undefined) tokens[i] = base;
    }
    const matches: { from: number; to: number; entry: Entry }[] = [];
    for (let from = 0; from < tokens.length; from++) {
      let node: Node | undefined = words;
      for (let to = from; to < tokens.length; to++) {
        node = node.next.get(tokens[to]!);
        if (!node) break;
        if (node.entry) matches.push({ from, to: to + 1, entry: node.entry });
      }
    }
    // The longest names first, then the earliest; none overlapping one taken before.
    matches.sort((a, b) => [...b.entry.key].length - [...a.entry.key].length || a.from - b.from);
    const taken = new Array<boolean>(tokens.length).fill(false);
    const chosen: typeof matches = [];
    for (const match of matches) {
      if (taken.slice(match.from, match.to).some(Boolean)) continue;
      taken.fill(true, match.from, match.to);
      chosen.push(match);
    }
    chosen.sort((a, b) => a.from - b.from);
    const found: FoundSkill[] = [];
    for (let i = 0; i < chosen.length; i++) {
      const { entry, from } = chosen[i]!;
      // "HIPAA compliance", "ICD-10 coding", "Java编程": a generic word right after another
      // skill's name says what is done with that skill; it is no skill of its own there.
      const before = chosen[i - 1];
      if (before && before.to === from && before.entry.id !== entry.id && isGeneric(entry)) continue;
      if (!found.some((f) => f.id === entry.id)) found.push({ id: entry.id, name: entry.skillName, zhName: zhNames().get(entry.id) ?? entry.skillName, matched: entry.shown });
    }
    return found;
  };

  const suggest = (name: string): string[] => {
    const tokens = nameTokens(name);
    const key = joinNameTokens(tokens);
    if (key === '') return [];
    const length = [...key].length;
    const best = new Map<string, { entry: Entry; score: number }>();
    const consider = (entry: Entry, score: number) => {
      const known = best.get(entry.id);
      if (!known || score > known.score) best.set(entry.id, { entry, score });
    };
    // A part of a name ("prompt" of "prompt engineering") is suggested unless it is a common
    // word, found in the names of more than three skills ("management", "data", "design").
    const containing: Entry[] = [];
    const partOf = new Set<string>();
    const canBePart = tokens.some(isCjkToken) ? length >= 2 : length >= 3;
    for (const entry of entries()) {
      if (isShortKey(entry.tokens)) continue;
      const other = [...entry.key].length;
      if (Math.min(length, other) / Math.max(length, other) >= suggestionSimilarity && isMisspelling(key, entry.key)) {
        consider(entry, similarity(key, entry.key));
      } else if (canBePart && other > length && containsRun(entry.tokens, tokens)) {
        containing.push(entry);
        partOf.add(entry.id);
      }
    }
    if (partOf.size <= 3) for (const entry of containing) consider(entry, (length / [...entry.key].length) * suggestionSimilarity);
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.entry.order - b.entry.order)
      .slice(0, 3)
      .map((s) => s.entry.shown);
  };

  // A batch asks the same few hundred spellings thousands of times.
  const resolve = remembered((name) => {
    const position = lookUp(nameTokens(name));
    return position === undefined ? undefined : catalog.skills[position]!.id;
  }, 10_000);
  const rememberedSuggest = remembered(suggest, 1_000);
  return { resolve, find: remembered(find, 10_000), suggest: (name) => [...rememberedSuggest(name)] };
}

/** `answer`, remembering what it said for up to `limit` questions, then starting afresh. */
function remembered<T>(answer: (question: string) => T, limit: number): (question: string) => T {
  const answers = new Map<string, T>();
  return (question) => {
    if (answers.has(question)) return answers.get(question)!;
    const value = answer(question);
    if (answers.size >= limit) answers.clear();
    answers.set(question, value);
    return value;
  };
}

/** A word without the version glued to its end: "vue3" → "vue", "yolov8" → "yolov", "yolo". */
function unversioned(token: string): string[] {
  const match = gluedVersion.exec(token);
  if (!match || [...match[1]!].length < 3) return [];
  const base = match[1]!;
  return base.endsWith('v') && base.length > 3 ? [base, base.slice(0, -1)] : [base];
}

/**
 * Whether a name is plausibly a misspelling of a known one: alike as a whole (similarity 0.7 or
 * more) and word by word, so that a long word two names share ("team management", "asset
 * management") does not make them alike; a name split or joined differently ("power bi",
 * "powerbi") is compared without its spaces. Chinese is compared as written, a run of characters
 * being one word.
 */
function isMisspelling(key: string, other: string): boolean {
  if (similarity(key, other, suggestionSimilarity) < suggestionSimilarity) return false;
  const words = key.split(' ');
  const otherWords = other.split(' ');
  if (words.length !== otherWords.length) return similarity(words.join(''), otherWords.join('')) >= 0.85;
  return words.every((word, i) => wordsAlike(word, otherWords[i]!));
}

/** Two words alike: the same, or similar, or (of three letters or more) one edit apart ("sgl", "sql"). */
function wordsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const s = similarity(a, b);
  const longer = Math.max([...a].length, [...b].length);
  return s >= suggestionSimilarity || (Math.min([...a].length, [...b].length) >= 3 && Math.round((1 - s) * longer) === 1);
}

/** Whether `part` appears in `tokens` as a run of whole words. */
function containsRun(tokens: readonly string[], part: readonly string[]): boolean {
  for (let i = 0; i + part.length <= tokens.length; i++) {
    let j = 0;
    while (j < part.length && tokens[i + j] === part[j]) j++;
    if (j === part.length) return true;
  }
  return false;
}

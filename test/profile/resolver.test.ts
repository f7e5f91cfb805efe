import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeName, nameTokens } from '../../src/catalog/names.js';
import { similarity } from '../../src/core/suggest.js';
import type { Catalog, Skill } from '../../src/model/catalog.js';
import { skillNames, suggestionSimilarity } from '../../src/profile/skill-names.js';
import { builtinCatalog } from '../report/example-report.js';
import { domain, req, role } from '../helpers/tiny-catalog.js';

/*
 * Issue 17, "resolve people's words": names, ids and aliases in any case, width, spacing and
 * punctuation; skills found inside longer phrases; "did you mean" only when it is plausible.
 */

let catalog: Catalog;
beforeAll(async () => {
  catalog = await builtinCatalog();
});

/** A catalog of the names the absurd suggestions came from. */
function trapCatalog(): Catalog {
  const skill = (id: string, name: string, aliases: string[] = [], zh?: Skill['zh']): Skill => ({ id, name, category: 'foundations', aliases, description: `${name}.`, ...(zh && { zh }) });
  return {
    skills: [
      skill('r', 'R programming', ['R']),
      skill('machine-learning', 'Machine learning', ['ML']),
      skill('asset-management', 'Asset management'),
      skill('python', 'Python', ['Python 3']),
      skill('c-cpp', 'C/C++', ['C++']),
      skill('csharp', 'C#'),
      skill('dotnet', '.NET', ['ASP.NET']),
      skill('node', 'Node.js'),
      skill('translation', 'Translation', [], { name: '翻译', aliases: [] }),
      skill('prompt-engineering', 'Prompt engineering', [], { name: '提示工程', aliases: ['提示词'] }),
    ],
    domains: [domain('content', 0.2)],
    roles: [role('any', 'content', 'mid', [req('python', 3, 3, true)])],
  };
}

describe('normalizeName', () => {
  it('ignores case, width, and the marks between words, Chinese or Western', () => {
    expect(normalizeName('Prompt-Engineering')).toBe('prompt engineering');
    expect(normalizeName('  prompt_engineering ')).toBe('prompt engineering');
    expect(normalizeName('ＰｙＴｏｒｃｈ')).toBe('pytorch');
    expect(normalizeName('自然语言处理（NLP）')).toBe(normalizeName('自然语言处理 (nlp)'));
    expect(normalizeName('A/B testing')).toBe('a b testing');
    expect(normalizeName('数据分析、机器学习')).toBe('数据分析机器学习');
    expect(normalizeName('Python 开发')).toBe('python开发');
    expect(normalizeName('“Excel”；“SQL”')).toBe('excel sql');
  });

  it('keeps the marks that are part of names', () => {
    expect(normalizeName('C++')).toBe('c++');
    expect(normalizeName('C++开发')).toBe('c++开发');
    expect(normalizeName('C#')).toBe('c#');
    expect(normalizeName('.NET')).toBe('.net');
    expect(normalizeName('Node.js')).toBe('node.js');
    expect(normalizeName('ALCOA+')).toBe('alcoa+');
    expect(normalizeName('P&C underwriting')).toBe('p&c underwriting');
    expect(normalizeName("children's book illustration")).toBe('childrens book illustration');
    expect(normalizeName('Python 3.10')).toBe('python 3.10');
  });

  it('separates words that a single "+" joins, and drops a full stop at the end', () => {
    expect(nameTokens('Python+SQL')).toEqual(['python', 'sql']);
    expect(nameTokens('Excel, PowerPoint, etc.')).toEqual(['excel', 'powerpoint', 'etc']);
  });

  it('every name in the built-in catalog keeps a key, and the keys of one skill never name another', () => {
    const owner = new Map<string, string>();
    for (const skill of catalog.skills) {
      for (const name of [skill.id, skill.name, ...skill.aliases, skill.zh!.name, ...skill.zh!.aliases]) {
        const key = normalizeName(name);
        expect(key, name).not.toBe('');
        expect(owner.get(key) ?? skill.id, name).toBe(skill.id);
        owner.set(key, skill.id);
      }
    }
  });
});

/** Any of the ways people write the marks between words. */
const separators = [' ', '  ', '-', '_', '/', ' / ', '、', '，', '·', ' - ', '／', '\u3000', '；', '：'];

/** ASCII in its full-width form ("Ａ" for "A"). */
const fullWidth = (c: string) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c);

/** A name written another way: letters in either case or width, any marks between words, spaces around Chinese. */
function respelled(name: string, choices: readonly number[]): string {
  let i = 0;
  const next = () => choices[i++ % choices.length]!;
  let out = '';
  const chars = [...name];
  for (let k = 0; k < chars.length; k++) {
    let c = chars[k]!;
    if (/[ \-_/]/.test(c) && /[\p{L}\p{N}]/u.test(chars[k - 1] ?? '') && /[\p{L}\p{N}]/u.test(chars[k + 1] ?? '')) {
      out += separators[next() % separators.length];
      continue;
    }
    if (/[a-zA-Z]/.test(c) && next() % 2 === 0) c = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
    if (next() % 4 === 0) c = fullWidth(c);
    out += c;
    // Chinese next to Latin: with or without a space.
    const after = chars[k + 1];
    if (after !== undefined && /\p{Script=Han}/u.test(c) !== /\p{Script=Han}/u.test(after) && /[\p{L}\p{N}]/u.test(after) && next() % 3 === 0) out += ' ';
  }
  return `${' '.repeat(next() % 2)}${out}${' '.repeat(next() % 2)}`;
}

describe('resolve', () => {
  it('a known name in any case, width and punctuation resolves to its skill (property)', () => {
    const names = skillNames(catalog);
    const known = catalog.skills.flatMap((s) => [s.id, s.name, ...s.aliases, s.zh!.name, ...s.zh!.aliases].map((name) => [name, s.id] as const));
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 20 }), ([name, id], choices) => {
        const written = respelled(name, choices);
        expect(names.resolve(written), `${name} written as ${written}`).toBe(id);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers the same before and after its names are put in a map, the first skill in the catalog\'s order keeping a name two claim', () => {
    // The first few dozen lookups scan the names; later ones ask a map made of them.
    const claimedTwice = (): Catalog => {
      const base = trapCatalog();
      const [first, ...rest] = base.skills;
      return { ...base, skills: [{ ...first!, aliases: [...first!.aliases, 'Shared name'] }, ...rest.map((s) => (s.id === 'node' ? { ...s, aliases: ['shared-name'] } : s))] };
    };
    const fresh = skillNames(claimedTwice());
    expect(fresh.resolve('shared name')).toBe('r');
    const used = skillNames(claimedTwice());
    const asked = [...catalog.skills.slice(0, 60).map((s) => s.name), 'no such skill', 'Node.js 20', 'C#', ''];
    for (const name of asked) used.resolve(name);
    for (const name of [...asked, 'shared name', 'SHARED_NAME']) expect(used.resolve(name), name).toBe(skillNames(claimedTwice()).resolve(name));
    expect(used.resolve('shared name')).toBe('r');
  });

  it('every known name resolves with a version number after it, or glued to it', () => {
    const names = skillNames(catalog);
    expect(names.resolve('Python 3.10')).toBe('python');
    expect(names.resolve('Java 17')).toBe('java');
    expect(names.resolve('Vue3')).toBe('frontend-development');
    expect(names.resolve('HTML5')).toBe('frontend-development');
    expect(names.resolve('YOLOv8')).toBe('computer-vision');
    expect(names.resolve('C++17')).toBe('c-cpp');
    expect(names.resolve('ROS2')).toBe('robotics');
    expect(names.resolve('SolidWorks 2020')).toBe('cad');
    // Not a version: a number that belongs to a name stays part of it.
    expect(names.resolve('ISO 9001')).toBe('quality-management');
    expect(names.resolve('ISO 12345')).toBeUndefined();
    // Too short a word to strip a number from: "S3", "EC2", "K8", "ES6".
    for (const word of ['S3', 'EC2', 'ES6', 'GPT-4', 'ML 2']) expect(names.resolve(word), word).toBeUndefined();
  });

  it('keeps names with marks apart: C, C++ and C# are three things', () => {
    const names = skillNames(trapCatalog());
    expect(names.resolve('c++')).toBe('c-cpp');
    expect(names.resolve('Ｃ＋＋')).toBe('c-cpp');
    expect(names.resolve('C#')).toBe('csharp');
    expect(names.resolve('.net')).toBe('dotnet');
    expect(names.resolve('asp.net')).toBe('dotnet');
    expect(names.resolve('NODE.JS')).toBe('node');
    expect(names.resolve('C')).toBeUndefined();
    expect(names.resolve('net')).toBeUndefined();
  });
});

describe('find', () => {
  it('finds the skills a phrase names, each with the name matched, in order', () => {
    const names = skillNames(catalog);
    const found = (phrase: string) => names.find(phrase).map((f) => [f.id, f.matched]);
    expect(found('PyTorch/TensorFlow')).toEqual([
      ['pytorch', 'PyTorch'],
      ['deep-learning', 'TensorFlow'],
    ]);
    expect(found('Portuguese-English translation')).toEqual([['translation', 'Translation']]);
    expect(found('Python 3.10 and Django')).toEqual([['python', 'Python']]);
    expect(found('葡萄牙语翻译')).toEqual([['translation', '翻译']]);
    expect(found('深度学习（PyTorch）')).toEqual([
      ['deep-learning', '深度学习'],
      ['pytorch', 'PyTorch'],
    ]);
    expect(found('HTML5/CSS3')).toEqual([['frontend-development', 'HTML/CSS']]);
  });

  it('takes the longest name first and never two overlapping', () => {
    const names = skillNames(catalog);
    // "machine translation post-editing" holds "machine translation" and "translation".
    expect(names.find('machine translation post-editing (MTPE) work').map((f) => f.id)).toEqual(['mt-post-editing']);
    // "短视频剪辑": "视频剪辑" and "剪辑" are one skill, found once.
    expect(names.find('短视频剪辑').map((f) => f.id)).toEqual(['video-production']);
  });

  it('matches a name as whole words only, and a name of one or two letters only as a whole key', () => {
    const names = skillNames(trapCatalog());
    expect(names.find('AML')).toEqual([]);
    expect(names.find('ML engineer')).toEqual([]);
    expect(names.find('concept art')).toEqual([]);
    expect(names.find('R and Python').map((f) => f.id)).toEqual(['python']);
    expect(names.find('pythonic')).toEqual([]);
    // A name of Chinese characters is found anywhere in Chinese text.
    expect(names.find('中英翻译工作').map((f) => f.id)).toEqual(['translation']);
  });

  it('does not credit a generic word that only says what is done with another skill', () => {
    const names = skillNames(catalog);
    expect(names.find('HIPAA compliance').map((f) => f.id)).toEqual(['privacy-data-protection']);
    expect(names.find('ICD-10 coding').map((f) => f.id)).toEqual(['medical-coding']);
    expect(names.find('Java编程').map((f) => f.id)).toEqual(['java']);
    // Alone, or apart from the other skill, it is read.
    expect(names.find('SOX compliance').map((f) => f.id)).toEqual(['regulatory-compliance']);
    expect(names.find('Python, and translation').map((f) => f.id)).toEqual(['python', 'translation']);
  });

  it('finds nothing in phrases of words etr does not know (property: only names found, each within the phrase)', () => {
    const names = skillNames(catalog);
    const word = fc.constantFrom('experience', 'with', 'years', 'senior', 'tools', 'and', '3', '熟练', '使用', 'team', '/', '、', '(', ')');
    const known = catalog.skills.flatMap((s) => [s.name, ...s.aliases, s.zh!.name]);
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constantFrom(...known)), { maxLength: 8 }), (words) => {
        const phrase = words.join(' ');
        for (const found of names.find(phrase)) {
          expect(normalizeName(phrase)).toContain(normalizeName(found.matched));
          expect(names.resolve(found.matched)).toBe(found.id);
        }
        if (words.every((w) => !known.includes(w))) expect(names.find(phrase)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('suggest', () => {
  it('never suggests what the issue found absurd', () => {
    const names = skillNames(trapCatalog());
    expect(names.suggest('AML')).toEqual([]);
    expect(names.suggest('concept art')).toEqual([]);
    expect(names.suggest('team management')).toEqual([]);
    expect(names.suggest('Data science')).toEqual([]);
  });

  it('suggests a misspelling, a transposition, a name split or joined, a Chinese typo, a part of a name', () => {
    const names = skillNames(catalog);
    expect(names.suggest('pyhton')).toEqual(['Python']);
    expect(names.suggest('prompt enginering')[0]).toBe('Prompt engineering');
    expect(names.suggest('team managment')).toEqual(['team management']);
    expect(names.suggest('powerbi')).toEqual(['Power BI']);
    expect(names.suggest('Java Script')).toContain('JavaScript');
    expect(names.suggest('提示功程')).toEqual(['提示工程']);
    expect(names.suggest('red teaming')).toEqual(['AI red teaming']);
  });

  it('offers one name per skill, three at most', () => {
    const names = skillNames(catalog);
    for (const input of ['prompt', 'risk management', '机器人', 'time seris']) {
      const suggestions = names.suggest(input);
      expect(suggestions.length, input).toBeLessThanOrEqual(3);
      expect(new Set(suggestions.map((s) => names.resolve(s))).size, input).toBe(suggestions.length);
    }
  });

  it('no suggestion is absurd: each is alike in spelling, or holds the input as whole words, and none is one or two letters (property)', () => {
    const names = skillNames(catalog);
    const known = catalog.skills.flatMap((s) => [s.name, ...s.aliases, s.zh!.name, ...s.zh!.aliases]);
    // Known names with a letter changed, dropped or doubled; pieces of them; random text.
    const mutated = fc.tuple(fc.constantFrom(...known), fc.nat(), fc.constantFrom('drop', 'double', 'swap', 'change')).map(([name, at, how]) => {
      const c = [...name];
      const i = at % c.length;
      if (how === 'drop') c.splice(i, 1);
      else if (how === 'double') c.splice(i, 0, c[i]!);
      else if (how === 'swap' && i + 1 < c.length) [c[i], c[i + 1]] = [c[i + 1]!, c[i]!];
      else c[i] = 'x';
      return c.join('');
    });
    const piece = fc.tuple(fc.constantFrom(...known), fc.constantFrom(...known)).map(([a, b]) => `${a.split(/\s+/)[0]} ${b.split(/\s+/).at(-1)}`);
    fc.assert(
      fc.property(fc.oneof(mutated, piece, fc.string({ maxLength: 12 }), fc.constantFrom('AML', 'concept art', 'team management', 'interpreting', 'data science')), (input) => {
        const key = normalizeName(input);
        for (const suggestion of names.suggest(input)) {
          const other = normalizeName(suggestion);
          expect(other.replace(/\s/g, '').length > 2 || /\p{Script=Han}/u.test(other), `${input} → ${suggestion}`).toBe(true);
          const alike = similarity(key, other) >= suggestionSimilarity;
          const holds = ` ${nameTokens(suggestion).join(' ')} `.includes(` ${nameTokens(input).join(' ')} `);
          expect(alike || holds, `${input} → ${suggestion}`).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('finds the name again from most single typos of names of five letters or more (property)', () => {
    const names = skillNames(catalog);
    const known = catalog.skills.flatMap((s) => [s.name, ...s.aliases]).filter((n) => n.length >= 5 && /^[A-Za-z ]+$/.test(n));
    let found = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.nat(), (name, at) => {
        const i = 1 + (at % (name.length - 1));
        const typo = `${name.slice(0, i)}${name.slice(i + 1)}`;
        if (skillNames(catalog).resolve(typo) !== undefined) return;
        runs++;
        if (names.suggest(typo).some((s) => names.resolve(s) === names.resolve(name))) found++;
      }),
      { numRuns: 300 },
    );
    expect(found / runs).toBeGreaterThan(0.9);
  });
});

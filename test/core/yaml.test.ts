import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/yaml.js';

const limits = { maxAliasCount: 100 };

const roleFile = [
  'roles:', //                                  1
  '  - id: prompt-engineer', //                 2
  '    title: Prompt Engineer', //              3
  '    skills:', //                             4
  '      - skill: python', //                   5
  '        level: 3', //                        6
  '      - { skill: nlp, level: 4 }', //        7
  '    related: [a-role, b-role]', //           8
].join('\n');

describe('parseYaml', () => {
  it('returns the plain data of a valid document', () => {
    const parsed = parseYaml(roleFile, 'roles.yaml', limits);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({
      roles: [{ id: 'prompt-engineer', title: 'Prompt Engineer', skills: [{ skill: 'python', level: 3 }, { skill: 'nlp', level: 4 }], related: ['a-role', 'b-role'] }],
    });
  });

  it('locates the value a nested path points at', () => {
    const { locate } = parseYaml(roleFile, 'roles.yaml', limits);
    expect(locate(['roles', 0, 'skills', 0, 'level'])).toEqual({ line: 6, column: 16, sourceLine: '        level: 3' });
    expect(locate(['roles', 0, 'skills', 1, 'level'])).toMatchObject({ line: 7, column: 30 });
    expect(locate(['roles', 0, 'related', 1])).toMatchObject({ line: 8, column: 23 });
    expect(locate(['roles', 0, 'id'])).toMatchObject({ line: 2, column: 9 });
  });

  it('locates the key of an entry when asked for the key', () => {
    const { locate } = parseYaml(roleFile, 'roles.yaml', limits);
    expect(locate(['roles', 0, 'title'], 'key')).toMatchObject({ line: 3, column: 5 });
    expect(locate(['roles', 0, 'title'], 'value')).toMatchObject({ line: 3, column: 12 });
    expect(locate(['roles', 0, 'skills', 1, 'level'], 'key')).toMatchObject({ line: 7, column: 23 });
  });

  it('points at a sequence item and at a mapping by where they start', () => {
    const { locate } = parseYaml(roleFile, 'roles.yaml', limits);
    // A mapping inside a block sequence starts at its first key, after "- ".
    expect(locate(['roles', 0])).toMatchObject({ line: 2, column: 5 });
    expect(locate(['roles', 0, 'skills', 1])).toMatchObject({ line: 7, column: 9 });
  });

  it('falls back to the deepest node found when the path ends early', () => {
    const { locate } = parseYaml(roleFile, 'roles.yaml', limits);
    // No "summary" key: point at the role that lacks it.
    expect(locate(['roles', 0, 'summary'])).toMatchObject({ line: 2, column: 5 });
    expect(locate(['roles', 0, 'skills', 9, 'level'])).toMatchObject({ line: 5, column: 7 });
    expect(locate([])).toMatchObject({ line: 1, column: 1 });
  });

  it('counts lines and columns correctly with CRLF line endings, and strips the CR from the source line', () => {
    const { locate, problems } = parseYaml('a:\r\n  b: [1, 2]\r\n  c: x\r\n', 'crlf.yaml', limits);
    expect(problems).toEqual([]);
    expect(locate(['a', 'c'])).toEqual({ line: 3, column: 6, sourceLine: '  c: x' });
    expect(locate(['a', 'b', 1])).toEqual({ line: 2, column: 10, sourceLine: '  b: [1, 2]' });
  });

  it('counts columns in characters, not bytes', () => {
    const { locate } = parseYaml('名前: 値\nx: 1\n', 'cjk.yaml', limits);
    expect(locate(['名前'])).toMatchObject({ line: 1, column: 5 });
  });

  it('reports a duplicate key at the second occurrence', () => {
    const { value, problems } = parseYaml('id: a\nname: A\nid: b\n', 'dup.yaml', limits);
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ code: 'yaml-duplicate-key', severity: 'error', file: 'dup.yaml', line: 3, column: 1, sourceLine: 'id: b', hint: expect.stringContaining('once') }),
    ]);
  });

  it('refuses more than one document in a file', () => {
    const { problems } = parseYaml('a: 1\n---\nb: 2\n', 'multi.yaml', limits);
    expect(problems).toEqual([expect.objectContaining({ code: 'yaml-multiple-documents', line: 2, column: 1, hint: expect.stringContaining('---') })]);
  });

  it('reports an empty document', () => {
    const { problems } = parseYaml('# only a comment\n', 'empty.yaml', limits);
    expect(problems).toEqual([expect.objectContaining({ code: 'yaml-empty', line: 1, column: 1 })]);
  });

  it('reports a tab used as indentation with its own code', () => {
    const { problems } = parseYaml('a:\n  b: 1\n\t  c: 2\n', 'tab.yaml', limits);
    expect(problems).toEqual([expect.objectContaining({ code: 'yaml-tab-indent', line: 3, column: 1, hint: expect.stringContaining('spaces') })]);
  });

  it('reports a syntax error with a one-line message and the position of the error', () => {
    const { problems } = parseYaml('name: Content creation: drafts\n', 'syntax.yaml', limits);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'yaml-syntax', line: 1, column: 7 });
    expect(problems[0]!.message).not.toContain('\n');
    expect(problems[0]!.message).not.toMatch(/at line \d+/);
  });

  it('allows a few aliases under the limit', () => {
    const { value, problems } = parseYaml('base: &b [1, 2]\nx: *b\ny: *b\n', 'alias.yaml', limits);
    expect(problems).toEqual([]);
    expect(value).toEqual({ base: [1, 2], x: [1, 2], y: [1, 2] });
  });

  it('stops a "billion laughs" document fast, at its first alias', () => {
    const lol = Array(9).fill('"lol"').join(', ');
    const levels = 'abcdefghi'.split('');
    const text = levels.map((l, i) => `${l}: &${l} [${i === 0 ? lol : Array(9).fill(`*${levels[i - 1]}`).join(', ')}]`).join('\n');
    const started = performance.now();
    const { value, problems } = parseYaml(text, 'lol.yaml', { maxAliasCount: 1000 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ code: 'yaml-alias-limit', severity: 'error', line: 2, column: 8, message: expect.stringContaining('1000'), hint: expect.any(String) }),
    ]);
  });

  it('reports an alias to an undefined anchor as such, not as an attack', () => {
    const { problems } = parseYaml('a: &x 1\nb: *x\nc: *nope\n', 'alias.yaml', limits);
    expect(problems).toEqual([expect.objectContaining({ code: 'yaml-unknown-alias', line: 3, column: 4, message: expect.stringContaining('*nope') })]);
  });

  it('reports a document nested too deeply instead of crashing', () => {
    const depth = 20_000;
    const { value, problems } = parseYaml(`a: ${'['.repeat(depth)}${']'.repeat(depth)}`, 'deep.yaml', limits);
    expect(value).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ code: 'yaml-too-deep', message: 'the document is nested too deeply to read' })]);
  });

  it('keeps YAML 1.2 core types: "yes" stays text', () => {
    const { value } = parseYaml('essential: yes\nlevel: 3\n', 'types.yaml', limits);
    expect(value).toEqual({ essential: 'yes', level: 3 });
  });
});

describe('the size limit of YAML the fast reader leaves to the library', () => {
  // A catalog file written as one flow list over many lines: the library would read it at some
  // 80 bytes of memory a character. Small limits keep the test fast; the default is 2 MiB.
  const flowList = (count: number) => `skills: [${Array.from({ length: count }, (_, i) => `{id: skill-${i}, name: Skill ${i}}`).join(',\n  ')}]\n`;

  it('refuses a larger file before parsing it, at the line where the plain form stops, in both languages', () => {
    const text = `# generated\n${flowList(200)}`;
    const parsed = parseYaml(text, 'skills.yaml', { ...limits, maxSlowYamlBytes: 1024 });
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    const [problem] = parsed.problems;
    expect(problem).toMatchObject({ code: 'yaml-too-large', severity: 'error', file: 'skills.yaml', line: 2, column: 1 });
    expect(problem!.sourceLine).toBe('skills: [{id: skill-0, name: Skill 0},');
    expect(problem!.message).toMatch(/at most 1 KiB, and this one is \d+ KiB/);
    expect(problem!.hint).toMatch(/block YAML/);
    expect(problem!.zh!.message).toMatch(/最大只能是 1 KiB/);
    expect(problem!.zh!.hint).toMatch(/块格式/);
  });

  it('shows at most 200 characters of a line of megabytes, and counts lines from the start of a batch', () => {
    const oneLine = `skills: [${Array.from({ length: 100 }, (_, i) => `{id: s-${i}}`).join(', ')},\n  {id: last}]\n`;
    const [problem] = parseYaml(oneLine, 'skills.yaml', { ...limits, maxSlowYamlBytes: 100, lineOffset: 10 }).problems;
    expect(problem).toMatchObject({ code: 'yaml-too-large', line: 11 });
    expect(problem!.sourceLine).toHaveLength(200);
  });

  it('reads a file within the limit with the library, and a plain file of any size with the fast reader', () => {
    expect(parseYaml(flowList(3), 'skills.yaml', { ...limits, maxSlowYamlBytes: 1024 }).value).toEqual({ skills: [0, 1, 2].map((i) => ({ id: `skill-${i}`, name: `Skill ${i}` })) });
    const block = `skills:\n${Array.from({ length: 200 }, (_, i) => `  - id: skill-${i}\n    name: Skill ${i}\n`).join('')}`;
    const parsed = parseYaml(block, 'skills.yaml', { ...limits, maxSlowYamlBytes: 1024 });
    expect(parsed.problems).toEqual([]);
    expect((parsed.value as { skills: unknown[] }).skills).toHaveLength(200);
  });

  it('refuses an 8 MB flow list at the default limit in seconds, not minutes', () => {
    const text = flowList(250_000);
    expect(text.length).toBeGreaterThan(8_000_000);
    const start = performance.now();
    const [problem] = parseYaml(text, 'skills.yaml', limits).problems;
    expect(problem).toMatchObject({ code: 'yaml-too-large', line: 1 });
    // Loose, for a busy machine: reading it took half a minute before the limit.
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

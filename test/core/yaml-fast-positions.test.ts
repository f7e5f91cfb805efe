import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { fastLocator } from '../../src/core/yaml-fast-positions.js';
import { parseYaml, parseYamlWithPositions } from '../../src/core/yaml.js';
import { editedText, flowDocument, yamlFiles, stringifyOptions, yamlKey, yamlValue } from '../helpers/yaml-arbitraries.js';

/**
 * The fast reader's positions must be the yaml library's: for every path into a document it
 * reads (every key and index, paths that stop early, that name a missing key or index, or that
 * go on past a scalar) and both targets, the same line, column and source line.
 */
const repo = join(import.meta.dirname, '..', '..');

// The library's parse, watched: a file the fast reader reads must be located without it.
vi.mock('yaml', async (importOriginal) => {
  const actual = await importOriginal<typeof import('yaml')>();
  return { ...actual, parseDocument: vi.fn(actual.parseDocument) };
});

/** Every path into `value`, and paths one step off it: missing keys and indexes, and steps into scalars. */
function pathsInto(value: unknown, path: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  out.push(path);
  if (Array.isArray(value)) {
    value.forEach((item, index) => pathsInto(item, [...path, index], out));
    out.push([...path, value.length], [...path, -1], [...path, '0'], [...path, 0.5]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      pathsInto(item, [...path, key], out);
      // The library compares keys as text: the number 3 finds the key "3".
      if (/^\d+$/.test(key)) out.push([...path, Number(key)]);
    }
    out.push([...path, 'no such key'], [...path, 0]);
  } else {
    out.push([...path, 'past a scalar'], [...path, 0]);
  }
  return out;
}

let compared = 0;

/** Whether the fast locator agrees with the library's on every path into `text`; true if the fast reader does not read it. */
function agrees(text: string, lineOffset = 0): boolean {
  const fast = fastLocator(text, lineOffset);
  if (fast === undefined) return true;
  const library = parseYamlWithPositions(text, 'test.yaml', { maxAliasCount: 1000, lineOffset });
  expect(library.problems).toEqual([]);
  compared++;
  for (const path of pathsInto(library.value)) {
    for (const target of ['value', 'key'] as const) {
      const expected = library.locate(path, target);
      const actual = fast(path, target);
      if (actual.line !== expected.line || actual.column !== expected.column || actual.sourceLine !== expected.sourceLine) {
        throw new Error(`positions differ for ${JSON.stringify(path)} (${target}) in:\n${text}\nfast: ${JSON.stringify(actual)}\nlibrary: ${JSON.stringify(expected)}`);
      }
    }
  }
  return true;
}

const realFiles = [...yamlFiles(join(repo, 'data', 'catalog')), ...yamlFiles(join(repo, 'data', 'examples'))];

describe('fastLocator on real files', () => {
  it.each(realFiles.map((f) => relative(repo, f)))('locates every path in %s as the yaml library does', (file) => {
    const text = readFileSync(join(repo, file), 'utf8');
    expect(fastLocator(text)).toBeDefined();
    expect(agrees(text)).toBe(true);
    // With CRLF line endings, and as a document of a batch stream that starts on line 8.
    expect(agrees(text.replace(/\n/g, '\r\n'), 7)).toBe(true);
  });
});

describe('fastLocator on the subset', () => {
  it.each([
    ['empty values, followed by comments, blank lines and nested blocks', 'a:\nb:   # c\nc:\n\n  # c\n  d: 1\ne:\n# c\n- x\n-\n-   # c\n- y\nf:'],
    ['empty sequence items and items that are mappings', 'l:\n- \n-\n- id: a\n  x:\n-   k: v\n- "q": 1\n  "3": x'],
    ['leading comments before the document', '# lead\n\n  # indented\nroot:\n  - 1'],
    ['a sequence at the top', '- a\n- b: [x,  "y" , 3]\n  c: { k: v,  j:  [x, y], l: "z" }\n- >-\n  folded\n- |\n  literal'],
    ['flow collections, empty and spaced', 'a: []\nb: {}\nc: [ a , b ]\nd: {  k:  v  }\ne: [a, "b, c", \'d\']\nf: { k: "v", n: [] }'],
    ['quoted keys and values', '"a b": 1\n\'c\': "d"\n"e": \'f\'   # c\n提示工程: 2'],
  ])('agrees with the library on %s', (_what, text) => {
    expect(fastLocator(text)).toBeDefined();
    expect(agrees(text)).toBe(true);
    expect(agrees(text.replace(/\n/g, '\r\n'), 3)).toBe(true);
  });

  it('gives up where the fast reader does, and the caller asks the library', () => {
    expect(fastLocator('a: &x 1\nb: *x')).toBeUndefined();
    expect(fastLocator('a: [1,\n  2]')).toBeUndefined();
  });

  it('is what parseYaml locates with for a file the fast reader reads, lineOffset included', () => {
    const text = 'skills:\n  - id: a\n    name: A\n  - id: b\n    name: [x, y]\n';
    vi.mocked(parseDocument).mockClear();
    const parsed = parseYaml(text, 'skills.yaml', { maxAliasCount: 1000, lineOffset: 10 });
    expect(parsed.locate(['skills', 1, 'name', 1])).toEqual({ line: 15, column: 15, sourceLine: '    name: [x, y]' });
    expect(parsed.locate(['skills', 1, 'name'], 'key')).toEqual({ line: 15, column: 5, sourceLine: '    name: [x, y]' });
    expect(parsed.locate(['skills', 5])).toEqual({ line: 12, column: 3, sourceLine: '  - id: a' });
    expect(parseDocument).not.toHaveBeenCalled();
    // A file outside the subset is still read, and located, by the library.
    expect(parseYaml('a: &x 1\nb: *x\n', 'f.yaml', { maxAliasCount: 1000 }).locate(['b'])).toMatchObject({ line: 2, column: 4 });
    expect(parseDocument).toHaveBeenCalledTimes(1);
  });
});

describe('fastLocator against the yaml library, property-based', () => {
  it('agrees on documents the library writes, in every style it writes them', () => {
    compared = 0;
    const document = fc.dictionary(yamlKey, yamlValue.node, { minKeys: 1, maxKeys: 5 });
    fc.assert(
      fc.property(document, stringifyOptions, fc.boolean(), fc.nat({ max: 20 }), (data, options, crlf, lineOffset) => {
        const text = stringify(data, options);
        return agrees(crlf ? text.replace(/\n/g, '\r\n') : text, lineOffset);
      }),
      { numRuns: 800 },
    );
    // The comparison means something only if the fast reader takes a good share of them.
    expect(compared).toBeGreaterThan(80);
  });

  it('agrees on one-line flow collections and quoted scalars', () => {
    compared = 0;
    fc.assert(fc.property(flowDocument, (text) => agrees(text)), { numRuns: 3000 });
    expect(compared).toBeGreaterThan(500);
  });

  it('agrees on edits of catalog files: comments, blank lines, spacing and empty values moved about', () => {
    compared = 0;
    // The smaller files: every edit compares every path of the whole file.
    const sources = realFiles.map((f) => readFileSync(f, 'utf8')).sort((a, b) => a.length - b.length).slice(0, 6);
    fc.assert(fc.property(editedText(sources, fc.constantFrom(' ', '  ', ' # c', '\n', '\n\n', '\n# c\n', '\n  # c\n', ':', ': ', '- ', '\n- ', '\n-\n', '[]', '{}', '"q"', "'q'", '')), (text) => agrees(text)), { numRuns: 400 });
    expect(compared).toBeGreaterThan(100);
  });
});

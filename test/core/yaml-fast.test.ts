import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseYamlFast } from '../../src/core/yaml-fast.js';
import { parseYamlWithPositions } from '../../src/core/yaml.js';
import { editedText, flowDocument, yamlFiles, stringifyOptions, yamlKey, yamlValue } from '../helpers/yaml-arbitraries.js';

/**
 * The fast reader may give up on anything, but whatever it accepts must mean exactly what the
 * yaml library (configured as core/yaml.ts configures it) reads, and it must never accept a text
 * the library rejects.
 */
const repo = join(import.meta.dirname, '..', '..');

/** The full parse exactly as etr configures it (core/yaml.ts), with the catalog's limits. */
function library(text: string): { ok: boolean; value: unknown } {
  const full = parseYamlWithPositions(text, 'test.yaml', { maxAliasCount: 1000 });
  return { ok: full.problems.length === 0, value: full.value };
}

let accepted = 0;

/** Fails with the text when the fast reader accepts something the library reads otherwise. */
function agrees(text: string): boolean {
  const fast = parseYamlFast(text);
  if (fast === undefined) return true;
  accepted++;
  const full = library(text);
  if (!full.ok || !isDeepStrictEqual(fast.value, full.value)) {
    throw new Error(`fast reader disagrees with the yaml library on:\n${text}\nfast: ${JSON.stringify(fast.value)}\nlibrary: ${full.ok ? JSON.stringify(full.value) : 'rejects it'}`);
  }
  return true;
}

const catalogFiles = yamlFiles(join(repo, 'data', 'catalog'));
const exampleFiles = yamlFiles(join(repo, 'data', 'examples'));

describe('parseYamlFast on real files', () => {
  it.each([...catalogFiles, ...exampleFiles].map((f) => relative(repo, f)))('reads %s, and reads it as the yaml library does', (file) => {
    const text = readFileSync(join(repo, file), 'utf8');
    const fast = parseYamlFast(text);
    // Giving up here would silently cost every run the slow path.
    expect(fast).toBeDefined();
    expect(isDeepStrictEqual(fast!.value, library(text).value)).toBe(true);
  });

  it('agrees with the library on every test fixture, broken ones included', () => {
    const files = yamlFiles(join(repo, 'test', 'fixtures'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(agrees(readFileSync(file, 'utf8'))).toBe(true);
  });
});

describe('parseYamlFast on the subset', () => {
  it('reads block and flow collections, quoted, plain and block scalars', () => {
    const text = [
      '# comment',
      'name: Ada Lovelace   # trailing comment',
      'level: 4',
      'ratio: 0.25',
      'flag: true',
      'nothing:',
      'quoted: "a \\"b\\" \\u00e9"',
      "single: 'it''s'",
      'list: [a, "b, c", 3]',
      'map: { skill: python, level: 4, essential: false }',
      'folded: >-',
      '  one',
      '  two',
      '',
      '  three',
      'literal: |',
      '  x',
      '  y',
      'items:',
      '- id: a',
      '  tags: []',
      '-   plain',
      'machine learning: 3',
      '提示工程: 2',
    ].join('\n');
    expect(parseYamlFast(text)?.value).toEqual({
      name: 'Ada Lovelace',
      level: 4,
      ratio: 0.25,
      flag: true,
      nothing: null,
      quoted: 'a "b" é',
      single: "it's",
      list: ['a', 'b, c', 3],
      map: { skill: 'python', level: 4, essential: false },
      folded: 'one two\nthree',
      literal: 'x\ny\n',
      items: [{ id: 'a', tags: [] }, 'plain'],
      'machine learning': 3,
      提示工程: 2,
    });
    expect(agrees(text)).toBe(true);
  });

  it('reads numbers as the core schema does', () => {
    const text = 'a: 0x1F\nb: 0o17\nc: .inf\nd: 1e3\ne: +12\nf: 15-2051.00\ng: 007\nh: .5';
    expect(parseYamlFast(text)?.value).toEqual({ a: 31, b: 15, c: Infinity, d: 1000, e: 12, f: '15-2051.00', g: 7, h: 0.5 });
    expect(agrees(text)).toBe(true);
  });

  it('reads CRLF line endings', () => {
    expect(parseYamlFast('a: 1\r\nb:\r\n  - x\r\n')?.value).toEqual({ a: 1, b: ['x'] });
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x'],
    ['a tag', 'a: !!str 1'],
    ['a second document', 'a: 1\n---\nb: 2'],
    ['a duplicate key', 'a: 1\na: 2'],
    ['a __proto__ key', '__proto__: 1'],
    ['a key the core schema reads as a number', '1: a'],
    ['a multi-line plain scalar', 'a: one\n  two'],
    ['a multi-line flow sequence', 'a: [1,\n  2]'],
    ['a multi-line quoted scalar', 'a: "one\n  two"'],
    ['a tab', 'a:\t1'],
    ['a top-level scalar', 'just text'],
    ['an empty document', '# nothing\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2'],
    ['a more indented line in a folded scalar', 'a: >\n  x\n    y\n'],
    ['a keep-chomping block scalar', 'a: |+\n  x\n\n'],
    ['a nested mapping on one line', 'a: b: c'],
    ['nesting deeper than the full parse allows', Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1'],
    ['a key longer than the full parse allows', `${'k'.repeat(1100)}: 1`],
  ])('gives up on %s', (_what, text) => {
    expect(parseYamlFast(text)).toBeUndefined();
  });
});

describe('parseYamlFast against the yaml library, property-based', () => {
  it('agrees on documents the library writes, in every style it writes them', () => {
    accepted = 0;
    fc.assert(
      fc.property(fc.dictionary(yamlKey, yamlValue.node, { minKeys: 1, maxKeys: 5 }), stringifyOptions, (data, options) => agrees(stringify(data, options))),
      { numRuns: 1500 },
    );
    // The comparison means something only if the fast reader takes a good share of them.
    expect(accepted).toBeGreaterThan(100);
  });

  it('agrees on one-line flow collections and quoted scalars, however their pieces are put together', () => {
    accepted = 0;
    fc.assert(fc.property(flowDocument, agrees), { numRuns: 6000 });
    expect(accepted).toBeGreaterThan(1000);
  });

  it('never accepts a broken edit of a catalog file that the library rejects, nor misreads a good one', () => {
    accepted = 0;
    const sources = [...catalogFiles.slice(0, 3), ...exampleFiles].map((f) => readFileSync(f, 'utf8'));
    fc.assert(fc.property(editedText(sources, fc.oneof(fc.constantFrom(' ', '  ', '-', ':', ': ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '>', '|', '&a ', '*a', '!', '\n', '\n  ', '\n- ', 'x: 1\n', '\r', '\t', '\u00a0', '---\n'), fc.string({ maxLength: 3 }))), agrees), { numRuns: 1500 });
    expect(accepted).toBeGreaterThan(100);
  });
});

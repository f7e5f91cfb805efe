import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/*
 * fast-check arbitraries for YAML documents, shared by the fast reader's differential tests
 * (test/core/yaml-fast*.test.ts): random data, written by the yaml library's `stringify` in
 * every style these options give, and the real files they start from.
 */

/** JSON-like values with the keys and strings YAML finds hardest: indicators, numbers as text, unicode. */
const trickyString = fc.oneof(
  { arbitrary: fc.stringMatching(/^[A-Za-z\u4e00-\u4e09][A-Za-z0-9 ,.()'/%+-]{0,40}$/), weight: 4 },
  fc.string(),
  fc.constantFrom('', ' ', 'true', 'null', '~', '1', '-1', '0.5', '1e3', '.inf', '0x1F', '0o7', '- x', 'a: b', 'a #b', '#x', 'C#', "it's", '"q"', '提示工程', 'x\ny', 'x\n\ny\n', ' lead', 'trail ', 'a\u00a0', '[x]', '{y}', '&a', '*a', '!t', '|', '>', '%', '@', '`'),
);
export const yamlKey = fc.oneof({ arbitrary: fc.stringMatching(/^[a-z][a-zA-Z0-9 _-]{0,12}$/), weight: 4 }, fc.constantFrom('id', 'name', 'skills', 'machine learning', 'SR 11-7', 'true', '1', '__proto__', 'a:b', 'x y '), fc.string({ minLength: 1, maxLength: 8 }));
export const yamlValue = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('list'), tie('map')),
  leaf: fc.oneof({ arbitrary: trickyString, weight: 3 }, fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(yamlKey, tie('node'), { maxKeys: 4 }),
}));
export const stringifyOptions = fc.record({
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 80),
  minContentWidth: fc.constantFrom(0, 20),
  collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL') as fc.Arbitrary<'PLAIN'>,
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE') as fc.Arbitrary<null | 'PLAIN'>,
  blockQuote: fc.constantFrom(true, false, 'folded', 'literal') as fc.Arbitrary<boolean | 'folded' | 'literal'>,
});

/** Documents of one-line flow collections and quoted scalars, well-formed or not. */
// Pieces of flow collections and quoted scalars, in any order: brackets, separators, spaces,
// plain and quoted values, escapes, and characters that may or may not end a plain scalar.
const piece = fc.constantFrom('{', '}', '[', ']', ',', ', ', ' ', '  ', ':', ': ', 'a', 'key', 'b-c', '1', '-1', '0.5', 'true', 'null', '~', '-', '#', ' #', '"x"', '"a, b"', "'y'", "'it''s'", '"\\u00e9"', '"\\"', '"', "'", '\\', '\\n', '\\x', '\u00a0', '提示', '&a', '*a', '!', '?', '%', '@', '`', '|', '>');
const line = fc.array(piece, { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join(''));
// Well-formed entries too, with the spacing varied: where a reader that cuts corners goes wrong.
const value = fc.oneof(piece, fc.constantFrom('x', 'two words', 'a-b', '5', '"q"', "'q'", '"a \\"b\\""', ''));
const spaces = fc.constantFrom('', ' ', '  ');
const entry = fc.tuple(fc.constantFrom('k', 'skill', 'level', 'a_b', 'x-y', '"k"', 'true', '1'), fc.constantFrom(':', ': ', ':  '), value, spaces).map((parts) => parts.join(''));
const entries = fc.tuple(fc.array(entry, { minLength: 1, maxLength: 4 }), fc.constantFrom(',', ', ', ' , ', ',  ')).map(([items, comma]) => items.join(comma));
const items = fc.tuple(fc.array(value, { minLength: 1, maxLength: 4 }), fc.constantFrom(',', ', ', ' , ')).map(([values, comma]) => values.join(comma));
export const flowDocument = fc.oneof(
  fc.tuple(spaces, entries, spaces).map(([a, text, b]) => `key: {${a}${text}${b}}\n`),
  fc.tuple(spaces, items, spaces).map(([a, text, b]) => `key: [${a}${text}${b}]\n`),
  line.map((text) => `key: ${text}\n`),
  line.map((text) => `key: {${text}}\n`),
  line.map((text) => `key: [${text}]\n`),
  fc.tuple(line, line).map(([a, b]) => `list:\n  - {${a}}\n  - [${b}]\n`),
  line.map((text) => `"${text}": 1\n`),
);

/** One of `sources` with up to three characters removed and `insert` put in their place, anywhere: near misses of real files. */
export function editedText(sources: readonly string[], insert: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.record({ source: fc.nat({ max: sources.length - 1 }), at: fc.nat(), remove: fc.nat({ max: 3 }), insert }).map(({ source, at, remove, insert }) => {
    const text = sources[source]!;
    const position = at % (text.length + 1);
    return text.slice(0, position) + insert + text.slice(position + remove);
  });
}

/** The YAML files under `dir`, at any depth, sorted: the real files the differential tests start from. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../src/app/batch/duplicate-keys.js';
import { RecordSplitter, type BatchRecord } from '../../src/app/batch/records.js';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { loadCatalog } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/model/catalog.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { problemsPerCode, type Problem } from '../../src/core/problem.js';
import { parseProfile } from '../../src/profile/load.js';
import { etrBinary, fixture, repoRoot } from '../helpers/run-etr.js';

/*
 * Issue #16, fuzzed: batch input as random bytes cut into random chunks (encodings, byte-order
 * marks, YAML markers, lines over the limit), JSON with random repeated keys, YAML with random
 * tags, profiles with random floods of problems, catalogs with random non-regular files, and
 * output into pipes closed after a random number of bytes.
 */

let catalog: Catalog;
beforeAll(async () => {
  catalog = (await loadCatalog(builtinCatalogDir())).catalog!;
});

const scratch = mkdtempSync(join(tmpdir(), 'etr-fuzz-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const strict = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

function split(chunks: readonly Uint8Array[], max: number): BatchRecord[] {
  const splitter = new RecordSplitter(max);
  return [...chunks.flatMap((c) => splitter.push(c)), ...splitter.end()];
}

describe('batch input as random bytes', () => {
  /** Lines of JSON, YAML and its markers, CJK, invalid bytes, carriage returns and long runs. */
  const piece = fc.oneof(
    fc.constantFrom('{"name":"A"}', '{"a":1,"a":2}', 'name: x', '  python: 3', '---', '...', '... x', '--- name: y', '%YAML 1.2', '# c', '', ' ', '\r', '名前: 値', '😀'),
    fc.string({ maxLength: 8 }).map((s) => s.replace(/\n/g, ' ')),
    fc.integer({ min: 1, max: 120 }).map((n) => 'x'.repeat(n)),
  );
  const badBytes = fc.constantFrom([0xe9], [0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xc0, 0xaf]);
  const line = fc.oneof({ weight: 5, arbitrary: piece.map((s) => Buffer.from(s)) }, { weight: 1, arbitrary: fc.tuple(piece, badBytes, piece).map(([a, b, c]) => Buffer.concat([Buffer.from(a), Buffer.from(b), Buffer.from(c)])) });
  const start = fc.constantFrom<number[]>([], [], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb], [0xef]);
  const input = fc.tuple(start, fc.constantFrom('{"name":"first"}\n', 'name: first\n', ''), fc.array(line, { maxLength: 25 })).map(([head, first, lines]) =>
    Buffer.concat([Buffer.from(head), Buffer.from(first), Buffer.concat(lines.flatMap((l, i) => (i === 0 ? [l] : [Buffer.from('\n'), l])))]),
  );
  const cutsOf = (bytes: Buffer, cuts: number[]) => {
    const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    return [0, ...points].map((from, i) => bytes.subarray(from, [...points, bytes.length][i]));
  };

  it('gives the same records however the bytes are cut, characters and byte-order marks included', () => {
    fc.assert(
      fc.property(input, fc.array(fc.nat(), { maxLength: 10 }), fc.integer({ min: 8, max: 200 }), (bytes, cuts, max) => {
        expect(split(cutsOf(bytes, cuts), max)).toEqual(split([bytes], max));
      }),
      { numRuns: 1500 },
    );
  });

  it('never reads bytes that are not UTF-8 as U+FFFD: such a record is a located file-encoding problem; no record is over the limit', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 8, max: 200 }), (bytes, max) => {
        const records = split([bytes], max);
        const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
        if (utf16) {
          expect(records).toEqual([expect.objectContaining({ index: 1, line: 1, problem: expect.objectContaining({ code: 'file-encoding' }) })]);
          return;
        }
        const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
        const lines: Buffer[] = [];
        for (let from = 0; from <= body.length; ) {
          let to = body.indexOf(0x0a, from);
          if (to < 0) to = body.length;
          lines.push(body.subarray(from, to));
          from = to + 1;
        }
        records.forEach((record, i) => {
          expect(record.index).toBe(i + 1);
          expect(record.line).toBeGreaterThanOrEqual(1);
          expect(record.line).toBeLessThanOrEqual(lines.length);
          if (record.problem) {
            expect(record.problem.code).toBe('file-encoding');
            expect(record.text).toBe('');
            expect(isUtf8(lines[record.problem.line - 1]!)).toBe(false);
          } else if (!record.tooLarge) {
            expect(record.text).not.toContain('\ufffd');
            expect(Buffer.byteLength(record.text)).toBeLessThanOrEqual(max);
          }
          if (record.format === 'json') {
            // A JSON line is refused for its encoding exactly when its bytes are not UTF-8.
            const raw = lines[record.line - 1]!;
            if (raw.length <= max) expect(record.problem !== undefined).toBe(!isUtf8(raw));
          }
        });
      }),
      { numRuns: 1500 },
    );
  });
});

describe('JSON lines with repeated keys', () => {
  type Json = null | number | string | Json[] | { entries: [string, Json][] };
  const keyPool = fc.constantFrom('name', 'skills', 'python', 'a', 'b', '\u0041', 'é', '名', 'k"q', 'back\\slash', '__proto__');
  const { json } = fc.letrec<{ json: Json }>((tie) => ({
    json: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(null, 1, -2.5, 'text', 'with "quotes"', 'a:b'),
      fc.array(tie('json'), { maxLength: 3 }),
      fc.array(fc.tuple(keyPool, tie('json')), { maxLength: 5 }).map((entries) => ({ entries })),
    ),
  }));
  /** JSON text as written, repeats and all, with random spaces; and how many keys repeat. */
  function write(value: Json, space: string): { text: string; repeats: number } {
    if (value === null || typeof value !== 'object') return { text: JSON.stringify(value), repeats: 0 };
    if (Array.isArray(value)) {
      const items = value.map((v) => write(v, space));
      return { text: `[${items.map((i) => i.text).join(`,${space}`)}]`, repeats: items.reduce((n, i) => n + i.repeats, 0) };
    }
    const seen = new Set<string>();
    let repeats = 0;
    const parts = value.entries.map(([key, v]) => {
      if (seen.has(key)) repeats++;
      seen.add(key);
      const inner = write(v, space);
      repeats += inner.repeats;
      // Some keys escaped, which must not hide a repeat.
      const written = key === 'a' && space === ' ' ? '"\\u0061"' : JSON.stringify(key);
      return `${written}${space}:${space}${inner.text}`;
    });
    return { text: `{${space}${parts.join(`,${space}`)}${space}}`, repeats };
  }

  it('duplicateKeys finds every repeat in every object, whatever the nesting, escapes and spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyPool, json), { maxLength: 6 }), fc.constantFrom('', ' ', '\t'), (entries, space) => {
        const { text, repeats } = write({ entries }, space);
        JSON.parse(text);
        const found = duplicateKeys(text);
        expect(found).toHaveLength(repeats);
        for (const { column, firstColumn } of found) {
          expect(text[column - 1]).toBe('"');
          expect(firstColumn).toBeLessThan(column);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('YAML tags in a profile', () => {
  const core = ['!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq'];
  const other = ['!!omap', '!!set', '!!pairs', '!!binary', '!!timestamp', '!mine', '!<tag:example.com,2000:x>'];
  const tag = fc.oneof(fc.constant(''), fc.constantFrom(...core), fc.constantFrom(...other));
  const profileText = fc.tuple(tag, tag, tag, tag).map(([onName, onSkills, onWeights, onInterests]) => ({
    text: `name: ${onName} Tagged\nriskAppetite: low\nskills: ${onSkills}\n  python: 3\nweights: ${onWeights} {skill: 2}\ninterests: ${onInterests} [content]\n`,
    other: [onName, onSkills, onWeights, onInterests].some((t) => other.includes(t)),
  }));

  it('a tag outside the core schema is always refused where it stands; the core ones never are', () => {
    fc.assert(
      fc.property(profileText, ({ text, other: refused }) => {
        let problems: readonly Problem[];
        try {
          problems = parseProfile(text, 'tags.yaml', catalog, { strict: false }).warnings;
        } catch (error) {
          if (!(error instanceof InvalidInputError)) throw error;
          problems = error.problems;
        }
        const tagProblems = problems.filter((p) => p.code === 'yaml-unsupported-tag');
        expect(tagProblems.length > 0).toBe(refused);
        for (const p of tagProblems) expect(text.split('\n')[p.line! - 1]!.slice(p.column! - 1)).toMatch(/^!/);
      }),
      { numRuns: 400 },
    );
  });
});

describe('floods of problems in one profile', () => {
  it('at most ten of a code in full, one more that counts the rest exactly', () => {
    fc.assert(
      fc.property(fc.nat({ max: 150 }), fc.nat({ max: 150 }), fc.nat({ max: 150 }), fc.boolean(), (unknown, interests, bad, strictMode) => {
        const skills = [...Array.from({ length: unknown }, (_, i) => `  no such skill ${i}: 2`), ...Array.from({ length: bad }, (_, i) => `  python${i}: 9`)];
        const text = `name: Flood\nriskAppetite: low\n${skills.length ? `skills:\n${skills.join('\n')}\n` : ''}interests: [${Array.from({ length: interests }, (_, i) => `nowhere${i}`).join(', ')}]\n`;
        let problems: readonly Problem[];
        try {
          problems = parseProfile(text, 'flood.yaml', catalog, { strict: strictMode }).warnings;
        } catch (error) {
          if (!(error instanceof InvalidInputError)) throw error;
          problems = error.problems;
        }
        const counted = (code: string, total: number) => {
          const listed = problems.filter((p) => p.code === code);
          if (total <= problemsPerCode) return expect(listed.length === total || total === 0 || listed.length === 0).toBe(true);
          expect(listed).toHaveLength(problemsPerCode + 1);
          expect(listed.some((p) => p.message.startsWith(`and ${(total - problemsPerCode).toLocaleString('en-US')} more `))).toBe(true);
        };
        counted('invalid-level', bad);
        // Unknown names are checked only once no level is wrong (an error stops the profile first).
        if (bad === 0) {
          counted('unknown-skill', unknown);
          counted('unknown-domain', interests);
        }
        const perCode = new Map<string, number>();
        for (const p of problems) perCode.set(p.code, (perCode.get(p.code) ?? 0) + 1);
        for (const count of perCode.values()) expect(count).toBeLessThanOrEqual(problemsPerCode + 1);
      }),
      { numRuns: 60 },
    );
  });
});

const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--help']).error === undefined;

describe.runIf(canMakeFifo)('catalogs with random non-regular files', () => {
  const kinds = ['regular', 'fifo', 'loop', 'directory', 'missing', 'device'] as const;
  type Kind = (typeof kinds)[number];
  const expectedCode: Record<Kind, string | undefined> = { regular: undefined, fifo: 'file-not-regular', loop: 'file-symlink-loop', directory: 'catalog-file-missing', missing: 'catalog-file-missing', device: 'file-not-regular' };
  let run = 0;

  it('never waits on a file, and says what each one is', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(fc.constantFrom(...kinds), fc.constantFrom(...kinds), fc.constantFrom(...kinds)), async (chosen) => {
        const dir = join(scratch, `catalog-${run++}`);
        cpSync(fixture('valid-minimal'), dir, { recursive: true });
        const files = ['skills.yaml', 'domains.yaml', 'roles/extra.yaml'];
        files.forEach((file, i) => {
          const path = join(dir, file);
          const kind = chosen[i]!;
          if (file === 'roles/extra.yaml' && kind === 'regular') return; // an extra roles file is only there when it is hostile
          if (kind === 'regular') return;
          rmSync(path, { recursive: true, force: true });
          if (kind === 'fifo') spawnSync('mkfifo', [path]);
          else if (kind === 'loop') {
            symlinkSync(`${file.replace('/', '-')}.b`, join(dir, `${file.replace('/', '-')}.a`));
            symlinkSync(`${file.replace('/', '-')}.a`, join(dir, `${file.replace('/', '-')}.b`));
            symlinkSync(join(dir, `${file.replace('/', '-')}.a`), path);
          } else if (kind === 'directory') mkdirSync(path);
          else if (kind === 'device') symlinkSync('/dev/zero', path);
        });
        const started = performance.now();
        const result = await loadCatalog(dir);
        expect(performance.now() - started).toBeLessThan(5_000);
        files.forEach((file, i) => {
          const code = file === 'roles/extra.yaml' && chosen[i] === 'missing' ? undefined : expectedCode[chosen[i]!];
          if (code === undefined) return;
          expect(result.problems.some((p) => p.code === code && p.file!.endsWith(file))).toBe(true);
        });
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
  });
});

const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;

describe.runIf(hasBash)('output into pipes closed after a random number of bytes', () => {
  it('etr exits 0 with nothing on stderr, however early the reader goes', () => {
    const commands = ['--help', 'advise --help', 'validate --help', '--version', 'catalog roles', 'schema profile', 'completion bash', `advise --batch "${join(scratch, 'people.jsonl')}"`];
    writeFileSync(join(scratch, 'people.jsonl'), `${Array.from({ length: 3000 }, (_, i) => JSON.stringify({ name: `P${i} ${'x'.repeat(i % 300)}`, riskAppetite: 'low', skills: { python: i % 6 } })).join('\n')}\n`);
    fc.assert(
      fc.property(fc.constantFrom(...commands), fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 70_000 })), (command, bytes) => {
        const reader = bytes === 0 ? 'true' : `head -c ${bytes} > /dev/null`;
        const result = spawnSync('bash', ['-c', `"${process.execPath}" "${etrBinary}" ${command} | ${reader}; exit \${PIPESTATUS[0]}`], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 20_000 });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
      }),
      { numRuns: 12 },
    );
  });
});

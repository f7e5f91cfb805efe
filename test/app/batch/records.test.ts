import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordSplitter, type BatchRecord } from '../../../src/app/batch/records.js';

function split(chunks: readonly string[], max = 1000): BatchRecord[] {
  const splitter = new RecordSplitter(max);
  return [...chunks.flatMap((c) => splitter.push(c)), ...splitter.end()];
}

describe('RecordSplitter', () => {
  it('reads JSON lines, skipping blank lines, numbering records and lines', () => {
    expect(split(['{"a":1}\n\n  \n{"b":2}\r\n{"c":3}'])).toEqual([
      { index: 1, line: 1, format: 'json', text: '{"a":1}' },
      { index: 2, line: 4, format: 'json', text: '{"b":2}' },
      { index: 3, line: 5, format: 'json', text: '{"c":3}' },
    ]);
  });

  it('reads a YAML stream as documents between --- lines, from their first line', () => {
    const text = '# people\nname: A\n---\n\nname: B\nskills:\n  python: 3\n...\n--- name: C\n---\n# only a comment\n';
    expect(split([text])).toEqual([
      { index: 1, line: 1, format: 'yaml', text: '# people\nname: A' },
      { index: 2, line: 4, format: 'yaml', text: '\nname: B\nskills:\n  python: 3' },
      { index: 3, line: 9, format: 'yaml', text: 'name: C' },
    ]);
  });

  it('decides the format by the first character that is not white space', () => {
    expect(split(['\n\n  {"a":1}\n'])[0]).toMatchObject({ format: 'json', line: 3 });
    expect(split(['\n- a\n'])[0]).toMatchObject({ format: 'yaml', line: 2 });
  });

  it('gives nothing for empty input', () => {
    expect(split([])).toEqual([]);
    expect(split(['\n \n'])).toEqual([]);
  });

  it('reports a line over the limit as too large without keeping it, and goes on', () => {
    const records = split(['{"a":1}\n{"b":"', 'x'.repeat(600), 'x'.repeat(600), '"}\n{"c":3}\n'], 1000);
    expect(records).toEqual([
      { index: 1, line: 1, format: 'json', text: '{"a":1}' },
      { index: 2, line: 2, format: 'json', text: '', tooLarge: true },
      { index: 3, line: 3, format: 'json', text: '{"c":3}' },
    ]);
  });

  it('reports a YAML document over the limit as too large, and goes on with the next', () => {
    const big = Array.from({ length: 40 }, (_, i) => `k${i}: ${'v'.repeat(40)}`).join('\n');
    const records = split([`name: A\n---\n${big}\n---\nname: C\n`], 1000);
    expect(records.map((r) => [r.index, r.line, r.tooLarge ?? false, r.text])).toEqual([
      [1, 1, false, 'name: A'],
      [2, 3, true, ''],
      [3, 44, false, 'name: C'],
    ]);
  });

  it('gives the same records however the input is cut into chunks', () => {
    const line = fc.oneof(fc.constantFrom('---', '...', '', '  ', '# c', '--- name: x', 'name: y', '  python: 3', '\r'), fc.string({ maxLength: 12 }).map((s) => s.replace(/\n/g, ' ')));
    const input = fc.tuple(fc.constantFrom('', '{"a":1}\n', 'name: first\n'), fc.array(line, { maxLength: 30 })).map(([head, lines]) => head + lines.join('\n'));
    fc.assert(
      fc.property(input, fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 5, max: 60 }), (text, cuts, max) => {
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((start, i) => text.slice(start, [...points, text.length][i]));
        expect(split(chunks, max)).toEqual(split([text], max));
      }),
      { numRuns: 1000 },
    );
  });
});

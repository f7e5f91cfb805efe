import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describePath, findingsFromZod } from '../../src/core/zod-findings.js';

const schema = z.strictObject({
  id: z.string().min(1),
  level: z.number().int().min(1).max(5),
  etr: z.number().gt(0).lt(1),
  seniority: z.enum(['entry', 'mid', 'senior']),
  url: z.url({ protocol: /^https?$/ }),
  tags: z.array(z.string()).min(1),
  outlook: z.strictObject({ trend: z.string(), reason: z.string() }),
});

const valid = { id: 'x', level: 3, etr: 0.1, seniority: 'mid', url: 'https://example.org', tags: ['a'], outlook: { trend: 'growing', reason: 'r' } };

function findings(input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return findingsFromZod(result.error, { file: 'f.yaml', input, schema, pathPrefix: ['roles', 2], subject: 'role "x"' });
}

describe('describePath', () => {
  it('writes a path as a person would', () => {
    expect(describePath(['roles', 3, 'skills', 1, 'level'])).toBe('roles[3].skills[1].level');
    expect(describePath([])).toBe('the value');
  });
});

describe('findingsFromZod', () => {
  it('finds nothing in valid data', () => {
    expect(findings(valid)).toEqual([]);
  });

  it('reports an unknown key at the key, with a "did you mean" hint', () => {
    expect(findings({ ...valid, levl: 3 })).toEqual([
      {
        code: 'unknown-key',
        severity: 'error',
        message: 'role "x": unknown key "levl"',
        file: 'f.yaml',
        path: ['roles', 2, 'levl'],
        hint: 'did you mean "level"?',
        target: 'key',
        zh: { message: 'role "x"：未知的键“levl”', hint: '是不是指“level”？' },
      },
    ]);
  });

  it('lists the allowed keys when no key is close, also in a nested mapping', () => {
    const [finding] = findings({ ...valid, outlook: { ...valid.outlook, zzzzzz: 1 } });
    expect(finding).toMatchObject({ code: 'unknown-key', path: ['roles', 2, 'outlook', 'zzzzzz'], hint: 'allowed keys here: trend, reason' });
    expect(finding!.message).toContain('in outlook');
  });

  it('reports a missing field at the mapping that lacks it', () => {
    const { id: _id, ...rest } = valid;
    expect(findings(rest)).toEqual([
      { code: 'missing-field', severity: 'error', message: 'role "x": id is missing', file: 'f.yaml', path: ['roles', 2], hint: 'add "id"', target: 'value', zh: { message: 'role "x"：缺少 id', hint: '请添加“id”' } },
    ]);
    const { seniority: _s, ...noSeniority } = valid;
    expect(findings(noSeniority)).toEqual([expect.objectContaining({ code: 'missing-field', path: ['roles', 2], hint: 'add "seniority"' })]);
  });

  it('reports a wrong type, naming what was expected and what was found', () => {
    expect(findings({ ...valid, level: 'high' })).toEqual([expect.objectContaining({ code: 'wrong-type', path: ['roles', 2, 'level'], message: 'role "x": level should be a number, not the text "high"' })]);
    expect(findings({ ...valid, tags: 'a' })).toEqual([expect.objectContaining({ code: 'wrong-type', message: expect.stringContaining('should be a list') })]);
    expect(findings({ ...valid, level: 2.5 })).toEqual([expect.objectContaining({ code: 'wrong-type', path: ['roles', 2, 'level'] })]);
  });

  it('reports values out of range with the bound and the value found', () => {
    expect(findings({ ...valid, level: 7 })).toEqual([expect.objectContaining({ code: 'out-of-range', message: 'role "x": level must be at most 5 (found 7)' })]);
    expect(findings({ ...valid, level: 0 })).toEqual([expect.objectContaining({ code: 'out-of-range', message: 'role "x": level must be at least 1 (found 0)' })]);
    expect(findings({ ...valid, etr: 1.5 })).toEqual([expect.objectContaining({ code: 'out-of-range', message: 'role "x": etr must be less than 1 (found 1.5)' })]);
    expect(findings({ ...valid, etr: 0 })).toEqual([expect.objectContaining({ code: 'out-of-range', message: 'role "x": etr must be greater than 0 (found 0)' })]);
    expect(findings({ ...valid, tags: [] })).toEqual([expect.objectContaining({ code: 'out-of-range', message: 'role "x": tags needs at least 1 item' })]);
  });

  it('reports a value outside an enum with a "did you mean" hint, or the allowed values', () => {
    expect(findings({ ...valid, seniority: 'senoir' })).toEqual([expect.objectContaining({ code: 'invalid-value', path: ['roles', 2, 'seniority'], hint: 'did you mean "senior"?' })]);
    expect(findings({ ...valid, seniority: 'principal' })).toEqual([expect.objectContaining({ code: 'invalid-value', hint: 'use one of: entry, mid, senior' })]);
  });

  it('reports a malformed URL, and one that is not http or https', () => {
    expect(findings({ ...valid, url: 'example.org/page' })).toEqual([expect.objectContaining({ code: 'invalid-format', path: ['roles', 2, 'url'], message: expect.stringContaining('not a valid url') })]);
    expect(findings({ ...valid, url: 'ftp://example.org/file' })).toEqual([expect.objectContaining({ code: 'invalid-format' })]);
  });

  it('reports every problem, not just the first', () => {
    const codes = findings({ ...valid, level: 9, seniority: 'lead', extra: true }).map((f) => f.code).sort();
    expect(codes).toEqual(['invalid-value', 'out-of-range', 'unknown-key']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problem.js';
import { countProblems, escapeData, escapeProperty, plural, problemLocation, renderProblemsGithub, renderProblemText } from '../../src/render/problems.js';
import { problemToJson } from '../../src/core/problem.js';
import { plainPalette } from '../../src/core/palette.js';

/** The runner's unescaping (actions/runner ActionCommand): one token at a time, "%25" last. */
function unescapeGithub(value: string, property = false): string {
  const tokens: [string, string][] = [['%0D', '\r'], ['%0A', '\n'], ...(property ? ([['%3A', ':'], ['%2C', ',']] as [string, string][]) : []), ['%25', '%']];
  return tokens.reduce((text, [token, replacement]) => text.replaceAll(token, replacement), value);
}

describe('GitHub workflow command escaping', () => {
  it('escapes % CR LF in data, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\cat,alog\n%')).toBe('C%3A\\cat%2Calog%0A%25');
  });

  it('escapes "%" before anything else, so an escaped sequence in the input survives', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(unescapeGithub(escapeData('%0A'))).toBe('%0A');
  });

  it('round-trips any text through the runner\'s unescaping', () => {
    const text = fc.string({ unit: fc.constantFrom('%', '\r', '\n', ':', ',', 'a', '0', 'A', 'D', '2', '5', 'é', ' ') });
    fc.assert(
      fc.property(text, (value) => {
        expect(unescapeGithub(escapeData(value))).toBe(value);
        expect(unescapeGithub(escapeProperty(value), true)).toBe(value);
        expect(escapeData(value)).not.toMatch(/[\r\n]/);
        expect(escapeProperty(value)).not.toMatch(/[\r\n:,]/);
      }),
    );
  });
});

describe('renderProblemsGithub', () => {
  it('writes one escaped command per problem, exactly as the runner reads them', () => {
    const problems: Problem[] = [
      { code: 'out-of-range', severity: 'error', message: 'level must be at most 5 (found 7)\nsecond line: 100%', file: 'cat,alog/roles:x.yaml', line: 9, column: 16, hint: 'use 1-5' },
      { code: 'unused-skill', severity: 'warning', message: 'skill "x" is required by no role', file: 'skills.yaml', line: 3, column: 9 },
      { code: 'catalog-file-missing', severity: 'error', message: 'domains.yaml is missing', file: 'domains.yaml' },
      { code: 'catalog-empty', severity: 'error', message: 'no file' },
    ];
    expect(renderProblemsGithub(problems).split('\n')).toEqual([
      '::error file=cat%2Calog/roles%3Ax.yaml,line=9,col=16,title=etr out-of-range::level must be at most 5 (found 7)%0Asecond line: 100%25 (hint: use 1-5)',
      '::warning file=skills.yaml,line=3,col=9,title=etr unused-skill::skill "x" is required by no role',
      '::error file=domains.yaml,title=etr catalog-file-missing::domains.yaml is missing',
      '::error title=etr catalog-empty::no file',
    ]);
  });
});

describe('renderProblemText', () => {
  it('shows where, what, the line with a caret under the column, and the hint', () => {
    const text = renderProblemText(
      { code: 'tier-mismatch', severity: 'error', message: 'bad tier', file: 'domains.yaml', line: 5, column: 11, sourceLine: '    tier: guarded', hint: 'fix it' },
      plainPalette,
    );
    expect(text).toBe(['domains.yaml:5:11 error bad tier (tier-mismatch)', '  5 |     tier: guarded', '    |           ^', '  hint: fix it'].join('\n'));
  });

  it('shows tabs as spaces so the caret stays aligned, and says warning for warnings', () => {
    const text = renderProblemText({ code: 'yaml-tab-indent', severity: 'warning', message: 'm', file: 'f', line: 12, column: 2, sourceLine: '\tx: 1\r' }, plainPalette);
    expect(text.split('\n')).toEqual(['f:12:2 warning m (yaml-tab-indent)', '  12 |  x: 1', '     |  ^']);
  });

  it('shows a long line around the column, so the caret points at the spot however long the line', () => {
    const line = `${'a'.repeat(1000)}X${'b'.repeat(1000)}`;
    const [, source, caret] = renderProblemText({ code: 'invalid', severity: 'error', message: 'm', file: 'f', line: 1, column: 1001, sourceLine: line }, plainPalette).split('\n');
    const shown = source!.slice('  1 | '.length);
    expect(shown.length).toBe(160);
    expect(shown.startsWith('...') && shown.endsWith('...')).toBe(true);
    expect(shown[caret!.indexOf('^') - '    | '.length]).toBe('X');
    // Near the end: no trailing dots, and the caret still on its character.
    const [, endSource, endCaret] = renderProblemText({ code: 'invalid', severity: 'error', message: 'm', file: 'f', line: 1, column: 2002, sourceLine: `${line}Z` }, plainPalette).split('\n');
    expect(endSource!.endsWith('bZ')).toBe(true);
    expect(endSource!.slice('  1 | '.length)[endCaret!.indexOf('^') - '    | '.length]).toBe('Z');
  });

  it('places the caret by display width under Chinese text', () => {
    const [, source, caret] = renderProblemText({ code: 'invalid', severity: 'error', message: 'm', file: 'f', line: 3, column: 9, sourceLine: '  提示工程: 九' }, plainPalette).split('\n');
    expect(source).toBe('  3 |   提示工程: 九');
    // "  提示工程: " is 2 + 8 + 2 columns wide.
    expect(caret).toBe(`    | ${' '.repeat(12)}^`);
  });

  it('shows only what is known of the location', () => {
    expect(problemLocation({ code: 'invalid', severity: 'error', message: 'm' })).toBe('');
    expect(problemLocation({ code: 'invalid', severity: 'error', message: 'm', file: 'f' })).toBe('f');
    expect(problemLocation({ code: 'invalid', severity: 'error', message: 'm', file: 'f', line: 3 })).toBe('f:3:1');
    expect(renderProblemText({ code: 'invalid', severity: 'error', message: 'm' }, plainPalette)).toBe('error m (invalid)');
  });
});

describe('problemToJson', () => {
  it('keeps the facts, drops the source excerpt, and uses null for what is unknown', () => {
    expect(problemToJson({ code: 'invalid', severity: 'warning', message: 'm', file: 'f', line: 1, column: 2, sourceLine: 'x', hint: 'h' })).toEqual({ code: 'invalid', severity: 'warning', message: 'm', file: 'f', line: 1, column: 2, hint: 'h' });
    expect(problemToJson({ code: 'invalid', severity: 'error', message: 'm' })).toEqual({ code: 'invalid', severity: 'error', message: 'm', file: null, line: null, column: null, hint: null });
  });
});

describe('counting', () => {
  it('counts errors and warnings and pluralises', () => {
    expect(countProblems([{ code: 'unknown-skill', severity: 'error', message: '' }, { code: 'unknown-domain', severity: 'warning', message: '' }, { code: 'invalid', severity: 'warning', message: '' }])).toEqual({ errors: 1, warnings: 2 });
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(0, 'error')).toBe('0 errors');
  });
});

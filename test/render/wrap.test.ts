import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/table.js';
import { wrap } from '../../src/render/text-layout.js';

describe('wrap', () => {
  it('breaks English between words only, as before', () => {
    expect(wrap('one two three four', 9, '  ', '')).toBe('one two\n  three\n  four');
    expect(wrap('averyveryverylongword x', 5, '', '')).toBe('averyveryverylongword\nx');
  });

  it('breaks Chinese between characters, by display width', () => {
    const text = '该领域最多容忍 10% 的错误未经审核；你偏好约 3%：比你的舒适点宽松 0.5 个数量级';
    const wrapped = wrap(text, 30, '    ', '');
    for (const line of wrapped.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    // Nothing is lost or added but the spaces a break replaces.
    expect(wrapped.replace(/\n {4}/g, '').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    expect(wrapped.split('\n').length).toBeGreaterThan(2);
  });

  it('keeps closing punctuation off the start of a line and opening punctuation off its end', () => {
    for (let width = 6; width <= 24; width++) {
      const lines = wrap('技能匹配（满足七项要求中的五项），风险匹配。', width, '', '').split('\n');
      for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。；：）]/);
      for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/（$/);
    }
  });

  it('keeps the spaces that separate words and adds none between characters', () => {
    expect(wrap('AI 内容编辑 / 事实核查员', 100, '', '')).toBe('AI 内容编辑 / 事实核查员');
    expect(wrap('内容编辑', 4, '', '')).toBe('内容\n编辑');
  });

  // wrap keeps a line's width as it grows, which holds because display width adds up over joined text.
  const text = fc.array(fc.oneof(fc.constantFrom('内容', '编辑，', '（AI）', 'ETR', '·', '→', '😀', 'e\u0301', ' ', '  ', 'word'), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 30 }).map((parts) => parts.join(''));

  it('measures joined text as the sum of its parts (property)', () => {
    fc.assert(fc.property(text, text, (a, b) => displayWidth(a + b) === displayWidth(a) + displayWidth(b)));
  });

  it('fits every line that has more than one unit into the width, and loses no text (property)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 40 }), (input, width) => {
        const wrapped = wrap(input, width, '  ', '');
        const lines = wrapped.split('\n');
        lines.forEach((line, i) => {
          const body = i === 0 ? line : line.slice(2);
          if (displayWidth(line) > width) expect(body).not.toMatch(/ /);
        });
        expect(lines.map((l, i) => (i === 0 ? l : l.slice(2))).join('').replace(/\s/g, '')).toBe(input.replace(/\s/g, ''));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { plainPalette } from '../../src/core/palette.js';
import { displayWidth, renderTable, truncate } from '../../src/render/table.js';

describe('displayWidth and truncate', () => {
  it('counts wide characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('临床')).toBe(4);
  });

  it('cuts to a width with an ellipsis', () => {
    expect(truncate('abcdef', 10)).toBe('abcdef');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(displayWidth(truncate('临床自然语言处理', 5))).toBeLessThanOrEqual(5);
  });
});

describe('renderTable', () => {
  it('aligns columns to their content, right-aligns where asked, and cuts the last column to the width', () => {
    const table = renderTable([{ header: 'ID' }, { header: 'ETR', align: 'right' }, { header: 'NAME' }], [['medical', '0.5%', 'Medical diagnosis and clinical documentation'], ['content', '25%', 'Content']], plainPalette, 30);
    expect(table.split('\n')).toEqual(['ID        ETR  NAME', 'medical  0.5%  Medical diagno…', 'content   25%  Content']);
    for (const line of table.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(30);
  });
});

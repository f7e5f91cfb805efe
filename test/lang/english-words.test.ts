import { describe, expect, it } from 'vitest';
import { englishWords } from '../helpers/english-words.js';
import { runEtr } from '../helpers/run-etr.js';

describe('englishWords, the check that Chinese output holds no English', () => {
  it('finds the English words of a sentence, each once', () => {
    expect(englishWords('Career paths for 王小雨: 3 roles, 3 roles')).toEqual(['Career', 'paths', 'for', 'roles']);
  });

  it('passes ids, URLs, paths, flags, standards and the words the caller names as user data', () => {
    const text = '提示工程师（prompt-engineer）：见 https://eur-lex.europa.eu/eli/reg/2024/1689/oj 与 data/examples/quant.yaml；EU AI Act、SR 11-7、O*NET 15-2051.00；用 --lang zh；Li Na 的 Python';
    expect(englishWords(text, ['Li Na'])).toEqual([]);
    expect(englishWords(text)).toEqual(['Li', 'Na']);
  });

  it('passes markup in HTML but not the text between tags', () => {
    expect(englishWords('<html lang="zh-CN"><style>body { color: red }</style><p class="x">职业 &amp; path</p></html>')).toEqual(['path']);
  });
});

describe('etr advise --lang zh prints no English words', () => {
  for (const format of ['text', 'markdown', 'html']) {
    it(`in ${format}`, () => {
      const result = runEtr(['advise', '--profile', 'data/examples/zh-product-manager.yaml', '--lang', 'zh', '--format', format]);
      expect(result.code).toBe(0);
      expect(englishWords(result.stdout + result.stderr)).toEqual([]);
    });
  }
});

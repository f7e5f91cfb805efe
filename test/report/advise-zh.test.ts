import { describe, expect, it } from 'vitest';
import { renderAdviseMarkdown } from '../../src/report/advise-markdown.js';
import { renderAdviseText } from '../../src/report/advise-text.js';
import { plainPalette } from '../../src/report/palette.js';
import { displayWidth } from '../../src/report/table.js';
import { exampleReport } from './example-report.js';

/** Latin words left once names that Chinese text writes in Latin letters too are taken out. */
const englishWords = (text: string) => text.replace(/\b(ETR|AI|SQL|Python|API|Agent|RAG|NLP|ASR|TTS|MLOps|PyTorch|3D|EU|LLM)\b/g, '').match(/[A-Za-z]{2,}/g);

describe('the Chinese text report', () => {
  it('is Chinese throughout: labels, readiness, tiers, sentences and catalog names', async () => {
    const text = renderAdviseText(await exampleReport('zh-product-manager.yaml', 'zh'), plainPalette, 100);
    expect(text.split('\n')[0]).toBe('王小雨 的职业路径');
    for (const word of ['风险偏好', '权重', '职位目录', '风险地图', '差距', '风险', '数量级']) expect(text).toContain(word);
    expect(text).toMatch(/\[(可投递|需提升|差距较大)\]/);
    expect(englishWords(text)).toBeNull();
  });

  it('fits the width by display width, with labels and map aligned', async () => {
    const report = await exampleReport('zh-product-manager.yaml', 'zh', { top: 20 });
    for (const width of [60, 80, 100, 140]) {
      const lines = renderAdviseText(report, plainPalette, width).split('\n');
      for (const line of lines) {
        // The score bar's line is as long in English; a run with no place to break (a long skill name) may stay whole.
        if (line.includes('█') || line.includes('░')) continue;
        if (displayWidth(line) > width) expect(line.trim().split(/\s+/).some((w) => displayWidth(w) > width / 3), `${width}: ${line}`).toBe(true);
      }
      // The header values start in one column whatever the width of the Chinese labels.
      const header = lines.filter((l) => /^ {2}(风险偏好|权重|职位目录|说明|风险地图) /.test(l)).map((l) => displayWidth(/^ {2}\S+ +/.exec(l)![0]));
      expect(header).toEqual([17, 17, 17, 17, 17]);
      // Field values (gaps, risk) start in one column too.
      const fields = lines.filter((l) => /^ {5}(差距|风险|警示) /.test(l)).map((l) => displayWidth(l.slice(0, l.search(/(?<=^ {5}\S+ +)\S/))));
      expect(new Set(fields).size).toBe(1);
    }
  });
});

describe('the Chinese Markdown report', () => {
  it('translates headings, tables, readiness and the path\'s labels', async () => {
    const markdown = renderAdviseMarkdown(await exampleReport('zh-product-manager.yaml', 'zh', { top: 3 }));
    expect(markdown.startsWith('# 王小雨 的职业路径\n')).toBe(true);
    expect(markdown).toContain('## 排名');
    expect(markdown).toContain('| # | 职位 | 领域 | ETR | 得分 | 技能 | 风险 | 兴趣 | 准备度 | 稳定性 |');
    expect(markdown).toContain('### 发展路径');
    expect(markdown).toMatch(/1\. \*\*错误容忍度。\*\* 该(领域|职位)最多容忍/);
    // Only the catalog's untranslated prose (strategies, project, outlook) stays English.
    const translated = markdown.split('\n').filter((l) => !/^ {3}- |^4\. |^5\. /.test(l)).join('\n');
    expect(englishWords(translated)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { renderAdviseMarkdown } from '../../src/render/advise-markdown.js';
import { escape } from '../../src/render/markdown.js';
import { renderAdviseText } from '../../src/render/advise-text.js';
import { plainPalette } from '../../src/core/palette.js';
import { displayWidth } from '../../src/render/table.js';
import { exampleReport } from '../report/example-report.js';

/** Latin words left once names that Chinese text writes in Latin letters too are taken out. */
const englishWords = (text: string) => text.replace(/\b(ETR|AI|SQL|Python|API|Agent|RAG|NLP|ASR|TTS|MLOps|PyTorch|3D|EU|LLM|Excel|BI|Art|Act|Matter|OMB|GPAI)\b/g, '').match(/[A-Za-z]{2,}/g);

describe('the Chinese text report', () => {
  it('is Chinese throughout: labels, readiness, tiers, sentences and catalog names', async () => {
    const text = renderAdviseText(await exampleReport('zh-product-manager.yaml', 'zh'), plainPalette, 100);
    expect(text.split('\n')[0]).toBe('王小雨的职业路径');
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
    expect(markdown.startsWith('# 王小雨的职业路径\n')).toBe(true);
    expect(markdown).toContain('## 排名');
    expect(markdown).toContain('| # | 职位 | 领域 | ETR | 得分 | 技能 | 风险 | 兴趣 | 准备度 | 稳定性 |');
    expect(markdown).toContain('### 发展路径');
    expect(markdown).toMatch(/1\. \*\*错误容忍度。\*\* 该(领域|职位)最多容忍/);
    // The catalog's prose (strategies, project, outlook) names datasets and products in Latin letters.
    const translated = markdown.split('\n').filter((l) => !/^ {3}- |^4\. |^5\. /.test(l)).join('\n');
    expect(englishWords(translated)).toBeNull();
  });

  it('gives the top role\'s strategies, portfolio project and outlook in Chinese, with none of their English text', async () => {
    const report = await exampleReport('zh-product-manager.yaml', 'zh', { top: 3 });
    const markdown = renderAdviseMarkdown(report);
    const top = report.results[0]!;
    const domain = report.localized!.domains[top.domain.id]!;
    const role = report.localized!.roles[top.role.id]!;
    expect(domain.strategies).toHaveLength(top.strategies.length);
    for (const strategy of domain.strategies!) {
      expect(strategy).toMatch(/[\u4e00-\u9fff]/);
      expect(markdown).toContain(`\n   - ${escape(strategy)}\n`);
    }
    expect(role.portfolioProject).toMatch(/[\u4e00-\u9fff]/);
    expect(markdown).toContain(`\n4. **作品集项目。** ${escape(role.portfolioProject!)}\n`);
    expect(markdown).toContain(`** ${escape(role.outlookReason!)}`);
    for (const english of [...top.strategies, top.portfolioProject, top.outlook.reason]) {
      expect(markdown).not.toContain(english);
      expect(markdown).not.toContain(english.slice(0, 24));
    }
    // Between the risk sentence and a role's own ETR reason, no space in Chinese.
    const withReason = await exampleReport('teacher.yaml', 'zh', { top: 165 });
    const tutor = withReason.results.find((r) => r.etr.reason !== null)!;
    const reason = withReason.localized!.roles[tutor.role.id]!.etrReason!;
    expect(renderAdviseMarkdown(withReason)).toContain(`${tutor.riskSentence}。${escape(reason)}\n`);
  });

  it('falls back to the English text where the catalog has no translation, or strategies that do not line up', async () => {
    const report = await exampleReport('zh-product-manager.yaml', 'zh', { top: 1 });
    const top = report.results[0]!;
    delete report.localized!.roles[top.role.id]!.portfolioProject;
    report.localized!.domains[top.domain.id]!.strategies = ['只有一条'];
    const markdown = renderAdviseMarkdown(report);
    expect(markdown).toContain(`\n4. **作品集项目。** ${escape(top.portfolioProject)}\n`);
    for (const strategy of top.strategies) expect(markdown).toContain(`\n   - ${escape(strategy)}\n`);
    expect(markdown).not.toContain('只有一条');
    expect(markdown).toContain(escape(report.localized!.roles[top.role.id]!.outlookReason!));
  });
});

describe('the English Markdown report', () => {
  it('keeps the catalog\'s English strategies, portfolio project and outlook, with no Chinese', async () => {
    const report = await exampleReport('zh-product-manager.yaml', 'en', { top: 3 });
    expect(report.localized).toBeNull();
    const markdown = renderAdviseMarkdown(report);
    const top = report.results[0]!;
    for (const strategy of top.strategies) expect(markdown).toContain(`\n   - ${escape(strategy)}\n`);
    expect(markdown).toContain(`\n4. **Portfolio project.** ${escape(top.portfolioProject)}\n`);
    expect(markdown).toContain(`** ${escape(top.outlook.reason)}\n`);
    // Only the profile's own name is Chinese.
    expect(markdown.replaceAll('王小雨', '')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

import { describe, expect, it } from 'vitest';
import { adviseReport } from '../../src/report/advise.js';
import { adviseView } from '../../src/render/advise-view.js';
import { langs } from '../../src/model/lang.js';
import { profile, tinyCatalog } from '../helpers/tiny-catalog.js';
import { exampleReport } from '../report/example-report.js';
import { appetiteEtr, appetiteMeanings, appetiteNote, appetiteOfEtr, riskAppetites, tierOf } from '../../src/model/etr.js';
import { messages } from '../../src/report/i18n.js';
import { renderAdviseText } from '../../src/render/advise-text.js';
import { renderAdviseMarkdown } from '../../src/render/advise-markdown.js';
import { renderAdviseHtml } from '../../src/render/advise-html.js';
import { plainPalette } from '../../src/core/palette.js';

const examples = ['clinician.yaml', 'copywriter.yaml', 'quant.yaml', 'teacher.yaml', 'zh-product-manager.yaml'];

describe('the advise view', () => {
  it('builds each sentence from the report\'s numbers exactly as the report states it, in each language', async () => {
    for (const file of examples) {
      for (const lang of langs) {
        const report = await exampleReport(file, lang, { top: 165 });
        const view = adviseView(report);
        expect(report.lang).toBe(lang);
        view.results.forEach((r, i) => {
          expect(r.riskSentence).toBe(report.results[i]!.riskSentence);
          expect(r.explanation).toBe(report.results[i]!.explanation);
        });
      }
    }
  });

  it('names roles, domains and skills from the catalog\'s zh blocks in Chinese', async () => {
    const report = await exampleReport('zh-product-manager.yaml', 'zh');
    const view = adviseView(report);
    for (const r of view.results) {
      expect(r.title).toBe(report.localized!.roles[r.result.role.id]!.title);
      expect(r.summary).toBe(report.localized!.roles[r.result.role.id]!.summary);
      expect(r.domainName).toBe(report.localized!.domains[r.result.domain.id]!.name);
      for (const gap of r.gaps) expect(gap.label).toBe(report.localized!.skills[gap.skill]!.name);
      expect(r.strategies).toEqual(report.localized!.domains[r.result.domain.id]!.strategies);
      expect(r.portfolioProject).toBe(report.localized!.roles[r.result.role.id]!.portfolioProject);
      expect(r.outlookReason).toBe(report.localized!.roles[r.result.role.id]!.outlookReason);
      expect(r.etrReason).toBe(r.result.etr.reason === null ? null : report.localized!.roles[r.result.role.id]!.etrReason);
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
    }
    // The JSON keeps the catalog's own text in the existing fields.
    expect(report.results[0]!.role.title).toMatch(/^[\x20-\x7e]+$/);
  });

  it('falls back to the catalog\'s text where it has no translation', () => {
    const report = adviseReport({ catalog: tinyCatalog(), profile: profile(), top: 2, domains: [], catalogSource: 'tiny', catalogDigest: 'sha256:test', warnings: [], lang: 'zh' });
    expect(report.localized).toEqual({ domains: {}, roles: {}, skills: {} });
    const view = adviseView(report);
    expect(view.results[0]!.title).toBe(report.results[0]!.role.title);
    expect(view.results[0]!.strategies).toEqual(report.results[0]!.strategies);
    expect(view.results[0]!.portfolioProject).toBe(report.results[0]!.portfolioProject);
    expect(view.results[0]!.outlookReason).toBe(report.results[0]!.outlook.reason);
    expect(view.results[0]!.readiness).toMatch(/^(可投递|需提升|差距较大)$/);
  });

  it('has no localized block in English', () => {
    const report = adviseReport({ catalog: tinyCatalog(), profile: profile(), top: 2, domains: [], catalogSource: 'tiny', catalogDigest: 'sha256:test', warnings: [] });
    expect(report.lang).toBe('en');
    expect(report.localized).toBeNull();
    expect(report.results[0]!.summary).toBe(`Summary of ${report.results[0]!.role.id}.`);
  });
});

describe('what the risk appetite means', () => {
  const tiny = (overrides: Parameters<typeof profile>[0], lang: 'en' | 'zh' = 'en') =>
    adviseReport({ catalog: tinyCatalog(), profile: profile(overrides), top: 2, domains: [], catalogSource: 'tiny', catalogDigest: 'sha256:test', warnings: [], lang });

  it('is the sentence of model/etr.ts for the appetite word, with the note for the low ones, in each language', () => {
    for (const lang of langs) {
      const stop = lang === 'en' ? '.' : '。';
      for (const appetite of riskAppetites) {
        const meaning = adviseView(tiny({ riskAppetite: appetite, preferredEtr: appetiteEtr[appetite] }, lang)).appetiteMeaning;
        const low = appetite === 'very-low' || appetite === 'low';
        expect(meaning).toBe(`${appetiteMeanings[lang][appetite]}${stop}${low ? `${lang === 'en' ? ' ' : ''}${appetiteNote[lang]}` : ''}`);
      }
    }
  });

  it('names the tier that the appetite\'s ETR lies in, in each language', () => {
    for (const lang of langs) {
      for (const appetite of riskAppetites) {
        const tier = messages(lang).tierLabel(tierOf(appetiteEtr[appetite]));
        expect(appetiteMeanings[lang][appetite].endsWith(lang === 'en' ? `; ${tier})` : `；${tier}）`), `${lang} ${appetite}`).toBe(true);
      }
    }
  });

  it('says very-low is the highest stakes, where almost no error may pass unreviewed', () => {
    expect(appetiteMeanings.en['very-low']).toMatch(/^you want work where almost no AI error may pass unreviewed: the highest-stakes domains/);
    expect(appetiteNote.en).toContain('A low appetite means high stakes');
  });

  it('for a preferred ETR given as a number, is the meaning of the appetite in the same tier', () => {
    expect(appetiteOfEtr(0.002)).toBe('low');
    expect(appetiteOfEtr(0.0001)).toBe('very-low');
    expect(appetiteOfEtr(0.9)).toBe('very-high');
    for (const appetite of riskAppetites) expect(appetiteOfEtr(appetiteEtr[appetite])).toBe(appetite);
    expect(adviseView(tiny({ riskAppetite: null, preferredEtr: 0.002 })).appetiteMeaning).toBe(`${appetiteMeanings.en.low}. ${appetiteNote.en}`);
  });
});

describe('the current role', () => {
  const catalog = () => {
    const c = tinyCatalog();
    c.roles = c.roles.map((r) => (r.id === 'copywriter' ? { ...r, related: ['content-strategist'], zh: { title: '文案', summary: '写文案。' } } : r));
    return c;
  };
  const report = (currentRole: string | null, lang: 'en' | 'zh' = 'en') =>
    adviseReport({ catalog: catalog(), profile: profile({ currentRole }), top: 3, domains: [], catalogSource: 'tiny', catalogDigest: 'sha256:test', warnings: [], lang });

  it('is a header line, in the report\'s language, and marks the next steps', () => {
    const en = adviseView(report('copywriter'));
    expect(en.currentRole).toBe('Title of copywriter: not ranked as a move; ↗ marks the roles it naturally leads to');
    expect(en.results.map((r) => [r.result.role.id, r.nextStep])).toEqual([
      ['content-strategist', '↗ next step'],
      ['clinical-nlp-engineer', null],
      ['validation-specialist', null],
    ]);
    const zh = adviseView(report('copywriter', 'zh'));
    expect(zh.currentRole).toBe('文案：不作为转型方向参与排名；↗ 标出从它自然延伸出的下一步职位');
    expect(zh.results[0]!.nextStep).toBe('↗ 下一步');
  });

  it('shows in the text, Markdown and HTML reports, and not at all without one', () => {
    const text = renderAdviseText(report('copywriter'), plainPalette, 100);
    expect(text).toContain('  current role   Title of copywriter: not ranked as a move');
    expect(text).toMatch(/^ {2}1 {2}Title of content-strategist {2}\[ready\] \S+ \d+% {2}↗ next step$/m);
    const markdown = renderAdviseMarkdown(report('copywriter'));
    expect(markdown).toContain('- **Your current role:** Title of copywriter: not ranked as a move; ↗ marks the roles it naturally leads to.');
    expect(markdown).toContain('| 1 | Title of content-strategist ↗ next step |');
    expect(markdown).toMatch(/^\*.*\* — \*\*score \d+\*\*, \*\*ready\*\* · \*\*↗ next step\*\*$/m);
    const html = renderAdviseHtml(report('copywriter'));
    expect(html).toContain('<dt>current role</dt><dd>Title of copywriter: not ranked as a move; ↗ marks the roles it naturally leads to</dd>');
    expect(html.match(/<span class="badge next-step">↗ next step<\/span>/g)).toHaveLength(1);
    for (const output of [renderAdviseText(report(null), plainPalette, 100), renderAdviseMarkdown(report(null)), renderAdviseHtml(report(null))]) {
      expect(output).not.toContain('current role');
      expect(output).not.toContain('next step');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { riskAppetites, tiers } from '../../src/model/etr.js';
import { readinessLevels } from '../../src/model/readiness.js';
import { isLang, langs } from '../../src/model/lang.js';
import { messages, type Messages } from '../../src/report/i18n.js';

/** Every string a message table holds, functions called with sample arguments, keyed by path. */
function leaves(value: unknown, path = ''): Record<string, string> {
  if (typeof value === 'string') return { [path]: value };
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return { [path]: String(fn.length === 0 ? fn() : fn(...sampleArguments(path))) };
  }
  if (value !== null && typeof value === 'object') {
    return Object.assign({}, ...Object.entries(value).map(([key, v]) => leaves(v, path ? `${path}.${key}` : key)));
  }
  return {};
}

function sampleArguments(path: string): unknown[] {
  if (path === 'riskSentence') return [{ etr: 0.005, source: 'domain', preferredEtr: 0.03, decades: -0.78 }];
  if (path === 'explanation') return [{ skill: 0.5, risk: 0.8, interest: 1, met: 2, requirements: 4, interestChosen: true, readiness: 'stretch', experienceShort: true }];
  if (path === 'appetiteSentence') return ['low', 0.01, { low: 0.0013, high: 0.3 }];
  if (path === 'etrNote') return [0.05, 'role', 'guarded'];
  if (path === 'tierLabel') return ['strict'];
  if (path === 'appetiteName') return [null, 0.02];
  if (path === 'appetiteMeaning') return ['low', 0.01];
  if (path === 'currentRole') return ['Title'];
  if (path === 'region.line') return ['cn'];
  if (path === 'markdown.skillToBuild') return ['Python', true, 'novice', 'competent'];
  if (path === 'markdown.alreadyThere' || path === 'markdown.weightsLine' || path === 'markdown.implied') return [['a', 'b']];
  if (path === 'impliedSkill') return ['Python', 2, 'x'];
  if (path === 'map.point') return [1, 'Title', '50%', '5%'];
  if (path === 'region.line' || path === 'region.sentence') return ['cn'];
  if (path === 'effort') return [{ ready: { steps: 3, hours: 40, weeks: 8 }, stretch: { steps: 1, hours: 10, weeks: 2 }, yearsShort: 2 }, 5];
  return ['x', 1, 2, 3];
}

describe('message tables', () => {
  // That every language has every message is the Messages type's job: tsc checks it, not a test.
  it('name every readiness, tier, appetite and level in each language', () => {
    for (const lang of langs) {
      const t: Messages = messages(lang);
      for (const r of readinessLevels) expect(t.readiness[r]).toBeTruthy();
      for (const tier of tiers) expect(t.tier[tier]).toBeTruthy();
      for (const a of riskAppetites) expect(t.appetite[a]).toBeTruthy();
      for (let level = 0; level <= 5; level++) expect(t.level(level)).not.toBe(String(level));
    }
  });

  it('keep Chinese free of English words, apart from names such as ETR and AI', () => {
    for (const [path, text] of Object.entries(leaves(messages('zh')))) {
      if (['lang', 'htmlLang'].includes(path)) continue;
      // Sample arguments ("x", "Title", "Python", "a"), the program's name, CLI words and the
      // profile's appetite words (very-low … very-high, written as the profile writes them) are not the table's own words.
      const own = text.replace(/very-low|very-high|\b(ETR|AI|etr|x|Title|Python|novice|competent|a|b|low|high)\b/g, '').replace(/--domain|exclude/g, '');
      expect(own, path).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('isLang accepts exactly the languages', () => {
    expect(isLang('zh')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang('ZH')).toBe(false);
  });
});

describe('sentences from numbers', () => {
  const input = { etr: 0.005, source: 'domain' as const, preferredEtr: 0.03, decades: Math.log10(0.005 / 0.03) };

  it('say the risk fit in English as before', () => {
    expect(messages('en').riskSentence(input)).toBe('domain tolerates ≤ 0.5% unreviewed errors; you prefer about 3%: 0.8 decades stricter than your comfort');
  });

  it('say it in Chinese, looser, stricter and right at the comfort', () => {
    const zh = messages('zh');
    expect(zh.riskSentence(input)).toBe('该领域最多容忍 0.5% 的错误未经审核；你偏好约 3%：比你的舒适水平严格 0.8 个数量级');
    expect(zh.riskSentence({ ...input, source: 'role', etr: 0.3, decades: 1 })).toBe('该职位最多容忍 30% 的错误未经审核；你偏好约 3%：比你的舒适水平宽松 1.0 个数量级');
    expect(zh.riskSentence({ ...input, decades: 0.01 })).toContain('正合你的舒适水平');
  });

  it('explain a result in each language', () => {
    const facts = { skill: 0.8, risk: 0.5838, interest: 0.5, met: 2, requirements: 3, interestChosen: null, readiness: 'long-shot' as const, experienceShort: true };
    expect(messages('en').explanation(facts)).toBe(
      'Skill fit 80% (2 of 3 requirements met), risk fit 58%, interest 50% (no interests given); a long shot for now (one step lower for fewer years of experience than the seniority asks).',
    );
    expect(messages('zh').explanation(facts)).toBe('技能匹配 80%（满足 3 项要求中的 2 项），风险匹配 58%，兴趣 50%（未填写兴趣）；目前差距较大（工作年限少于该职级的要求，降一档）。');
  });
});

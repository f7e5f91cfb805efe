import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/profile/load.js';
import { skillNames } from '../../src/profile/skill-names.js';
import { builtinCatalog } from '../report/example-report.js';

describe('Chinese skill names', () => {
  it('resolve to skill ids, as names and as aliases', async () => {
    const names = skillNames(await builtinCatalog());
    expect(names.resolve('提示工程')).toBe('prompt-engineering');
    expect(names.resolve('提示词工程')).toBe('prompt-engineering');
    expect(names.resolve('大模型评测')).toBe('llm-evaluation');
    expect(names.resolve('自然语言处理（NLP）')).toBe('nlp');
    expect(names.resolve('自然语言处理')).toBe('nlp');
    expect(names.resolve(' 跨部门沟通协调 ')).toBe('stakeholder-communication');
  });

  it('every skill\'s zh name names that skill', async () => {
    const catalog = await builtinCatalog();
    const names = skillNames(catalog);
    for (const skill of catalog.skills) expect(names.resolve(skill.zh!.name), skill.id).toBe(skill.id);
  });

  it('are accepted as profile keys, and a near miss is suggested', async () => {
    const catalog = await builtinCatalog();
    const { profile: draft, warnings } = parseProfile('name: 王小雨\nriskAppetite: low\nskills:\n  提示工程: 3\n  数据分析: 2\n  大模型评测: proficient\n  提示功程: 1\n', 'p.yaml', catalog, { strict: false });
    expect(draft.skills).toEqual({ 'data-analysis': 2, 'llm-evaluation': 4, 'prompt-engineering': 3 });
    expect(warnings.map((w) => [w.code, w.line, w.hint])).toEqual([['unknown-skill', 7, 'did you mean "提示工程"?']]);
  });
});

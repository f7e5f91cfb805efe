import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyLines, findSkills, headingOf, inferDomain, keywordHits, roleCloseness, sectionOf } from '../../src/app/match.js';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { loadCatalog } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/model/catalog.js';
import { repoRoot } from '../helpers/run-etr.js';

const ad = (name: string) => readFileSync(join(repoRoot, 'test', 'fixtures', 'jobs', name), 'utf8');

describe('headings and sections of a job ad', () => {
  it.each([
    ['## Requirements', 'required'],
    ['Requirements:', 'required'],
    ['**Must have**', 'required'],
    ["What you'll need:", 'required'],
    ['任职要求：', 'required'],
    ['【岗位要求】', 'required'],
    ['Nice to have', 'nice'],
    ['### Preferred qualifications', 'nice'],
    ['Bonus points:', 'nice'],
    ['加分项：', 'nice'],
    ['优先条件', 'nice'],
    ['## Benefits', 'unspecified'],
    ['岗位职责：', 'unspecified'],
  ] as const)('%s is a heading of kind %s', (line, kind) => {
    const heading = headingOf(line);
    expect(heading).toBeDefined();
    expect(sectionOf(heading!)).toBe(kind);
  });

  it('a line of the ad is no heading', () => {
    expect(headingOf('- 3+ years of Python')).toBeUndefined();
    expect(headingOf('1. 熟练掌握提示词工程')).toBeUndefined();
    expect(headingOf('')).toBeUndefined();
  });

  it('lines take their section, unless the line itself says "preferred", "a plus" or 优先', () => {
    const lines = classifyLines(['Intro about the team', '', 'Requirements:', '- Python', '- SQL is a plus', 'Nice to have', '- Docker', '- Spark (required)', '## About us', 'We are nice'].join('\n'));
    expect(lines.map((l) => [l.number, l.kind])).toEqual([
      [1, 'unspecified'],
      [4, 'required'],
      [5, 'nice'],
      [7, 'nice'],
      [8, 'required'],
      [10, 'unspecified'],
    ]);
    expect(classifyLines('任职要求：\n1. 熟悉 Python\n2. 有数据分析经验者优先').map((l) => l.kind)).toEqual(['required', 'nice']);
  });
});

describe('skills, domain and closest roles over the built-in catalog', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = (await loadCatalog(builtinCatalogDir())).catalog!;
  });

  it('every domain of the built-in catalog has English and Chinese keywords', () => {
    for (const domain of catalog.domains) {
      expect(domain.keywords?.en.length, domain.id).toBeGreaterThanOrEqual(5);
      expect(domain.keywords?.zh.length, domain.id).toBeGreaterThanOrEqual(4);
    }
  });

  it('English keywords match whole words and the longest keyword takes its span', () => {
    const hits = keywordHits(catalog, classifyLines('We run social media campaigns for brands\nThe patients and the clinical team\nclinicalish words do not count'));
    expect(hits.get('content')?.map((h) => h.keyword)).toEqual(['social media', 'campaigns']);
    expect(hits.has('news-media')).toBe(false);
    expect(hits.get('medical')?.map((h) => [h.line, h.keyword])).toEqual([
      [2, 'patients'],
      [2, 'clinical'],
    ]);
  });

  it('infers medical for the English clinical NLP ad, with its evidence', () => {
    const lines = classifyLines(ad('en-clinical-nlp.md'));
    const skills = findSkills(catalog, lines);
    const { best, candidates } = inferDomain(catalog, lines, skills);
    expect(best).toMatchObject({ id: 'medical', tier: 'strict', etr: 0.005 });
    expect(best!.evidence.map((e) => e.keyword)).toContain('radiology');
    expect(best!.score).toBe(candidates[0]!.score);
    expect(best!.score).toBeCloseTo(best!.keywordHits + 2 * best!.roleOverlap, 3);
  });

  it('infers content for the Chinese ad', () => {
    const lines = classifyLines(ad('zh-content.txt'));
    const { best } = inferDomain(catalog, lines, findSkills(catalog, lines));
    expect(best).toMatchObject({ id: 'content', tier: 'open' });
    expect(best!.evidence.map((e) => e.keyword)).toEqual(expect.arrayContaining(['小红书', '营销', '文案']));
  });

  it('says unknown when no keyword hits', () => {
    const lines = classifyLines('We need Python and SQL.');
    const { best, candidates } = inferDomain(catalog, lines, findSkills(catalog, lines));
    expect(best).toBeNull();
    expect(candidates).toEqual([]);
  });

  it('closeness is (roleCover + adCover) / 2, plus 0.1 in the inferred domain', () => {
    const lines = classifyLines('Requirements:\n- Python\n- SQL\nNice to have:\n- Docker');
    const skills = findSkills(catalog, lines);
    expect(skills.map((s) => [s.skill, s.kind])).toEqual([
      ['python', 'required'],
      ['sql', 'required'],
      ['containers-orchestration', 'nice'],
    ]);
    const plain = roleCloseness(catalog, skills, undefined);
    const first = plain[0]!;
    const role = catalog.roles.find((r) => r.id === first.id)!;
    const w = (id: string) => (id === 'containers-orchestration' ? 0.5 : id === 'python' || id === 'sql' ? 1 : 0);
    const roleCover = role.skills.reduce((a, r) => a + r.importance * w(r.skill), 0) / role.skills.reduce((a, r) => a + r.importance, 0);
    const adCover = role.skills.reduce((a, r) => a + w(r.skill), 0) / 2.5;
    expect(first.closeness).toBeCloseTo((roleCover + adCover) / 2, 3);
    const preferring = roleCloseness(catalog, skills, role.domain).find((r) => r.id === role.id)!;
    expect(preferring.closeness).toBeCloseTo(Math.min(1, first.closeness + 0.1), 3);
    expect(preferring.inInferredDomain).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { dateRanges, draftOf, estimateLevel, experienceYears, sectionOf } from '../../src/app/import.js';
import { renderDraft } from '../../src/render/import-draft.js';
import { parseProfile } from '../../src/profile/load.js';
import { builtinCatalog } from '../report/example-report.js';

/** December 2026, as a month index. */
const now = 2026 * 12 + 11;
const at = (year: number, month: number) => year * 12 + month - 1;

describe('date ranges', () => {
  it('reads the forms CVs write, English and Chinese', () => {
    const one = (line: string) => dateRanges(line, 1, now).map((p) => [p.from, p.to]);
    expect(one('Data Analyst, 2019 – 2023')).toEqual([[at(2019, 1), at(2023, 1)]]);
    expect(one('Mar 2020 – present')).toEqual([[at(2020, 3), now]]);
    expect(one('September 2018 to Now')).toEqual([[at(2018, 9), now]]);
    expect(one('2018.03 - 至今')).toEqual([[at(2018, 3), now]]);
    expect(one('2016年至2020年')).toEqual([[at(2016, 1), at(2020, 1)]]);
    expect(one('2016年3月 - 2019年6月')).toEqual([[at(2016, 3), at(2019, 6)]]);
    expect(one('2015/9–2017/12')).toEqual([[at(2015, 9), at(2017, 12)]]);
    expect(one('2012.09 - 2016.06')).toEqual([[at(2012, 9), at(2016, 6)]]);
    expect(one('2020年3月至今')).toEqual([[at(2020, 3), now]]);
    expect(one('Sept. 2017 – June 2019')).toEqual([[at(2017, 9), at(2019, 6)]]);
    // A word that begins like a month is no month.
    expect(one('Marketing Manager 2019 - 2021')).toEqual([[at(2019, 1), at(2021, 1)]]);
  });

  it('ignores what is no range: a lone year, a range ending before it starts or in the future', () => {
    expect(dateRanges('Graduated in 2015', 1, now)).toEqual([]);
    expect(dateRanges('2020 - 2018', 1, now)).toEqual([]);
    expect(dateRanges('2024 - 2030', 1, now)).toEqual([]);
    expect(dateRanges('call +86 138-0000-0000', 1, now)).toEqual([]);
  });

  it('counts overlapping periods once and rounds to whole years', () => {
    expect(experienceYears([{ from: at(2016, 1), to: at(2020, 1) }])).toBe(4);
    expect(experienceYears([{ from: at(2016, 1), to: at(2020, 1) }, { from: at(2018, 1), to: at(2021, 7) }])).toBe(6);
    expect(experienceYears([{ from: at(2010, 1), to: at(2012, 1) }, { from: at(2015, 1), to: at(2016, 1) }])).toBe(3);
    expect(experienceYears([{ from: at(2020, 1), to: at(2020, 5) }])).toBe(0);
    expect(experienceYears([])).toBe(0);
  });
});

describe('sections', () => {
  it('knows headings by their words, with Markdown and Chinese marks around them', () => {
    expect(sectionOf('## Work Experience')).toBe('work');
    expect(sectionOf('工作经历：')).toBe('work');
    expect(sectionOf('【教育背景】')).toBe('education');
    expect(sectionOf('**Certifications**')).toBe('certifications');
    expect(sectionOf('Skills')).toBe('skills');
    expect(sectionOf('Led the experience design team')).toBeUndefined();
  });
});

describe('level signals', () => {
  const level = (line: string, options?: Parameters<typeof estimateLevel>[1]) => estimateLevel(line, options).level;
  it('gives a mention 2, and sets it from the words on the line', () => {
    expect(level('Python')).toBe(2);
    expect(level('Expert in Python')).toBe(4);
    expect(level('精通 Python')).toBe(4);
    expect(level('Led the Python rewrite')).toBe(4);
    expect(level('Proficient in SQL')).toBe(3);
    expect(level('熟练使用 SQL')).toBe(3);
    expect(level('Familiar with Docker')).toBe(2);
    expect(level('熟悉 Docker')).toBe(2);
    expect(level('Basic Java')).toBe(1);
    expect(level('了解 Java')).toBe(1);
  });

  it('raises it for years with it and certifications, never above 4', () => {
    expect(level('5 years of Python')).toBe(4);
    expect(level('3+ years of Python')).toBe(3);
    expect(level('1 year of Python')).toBe(2);
    expect(level('5年 Python 经验')).toBe(4);
    expect(level('2016年 Python')).toBe(2);
    expect(level('AWS Certified Solutions Architect')).toBe(3);
    expect(level('PMP 项目管理证书')).toBe(3);
    expect(level('AWS Solutions Architect', { section: 'certifications' })).toBe(3);
    expect(level('Expert, 10 years of Python, certified')).toBe(4);
  });

  it('adds one under a senior title, capped at 4', () => {
    expect(level('Python', { jobLines: ['Senior Data Scientist, Acme', '2019 - 2023'] })).toBe(3);
    expect(level('熟悉 Python', { jobLines: ['2019.07 - 至今 高级产品经理'] })).toBe(3);
    expect(level('Led Python work', { jobLines: ['Principal Engineer'] })).toBe(4);
    expect(level('Python', { jobLines: ['Data Analyst', '2019 - 2023'] })).toBe(2);
  });

  it('says why', () => {
    expect(estimateLevel('5 years of Python', { jobLines: ['Senior Engineer'] }).reasons).toEqual([{ words: '5 years' }, { seniorTitle: 'Senior Engineer' }]);
    expect(estimateLevel('Python').reasons).toEqual([{ mentioned: true }]);
    expect(estimateLevel('AWS', { section: 'certifications' }).reasons).toEqual([{ certificationsSection: true }]);
  });
});

describe('the draft', () => {
  const cv = [
    'Robin Quill',
    '',
    '## Experience',
    'Senior ML Engineer, Example Co',
    'Jan 2021 – present',
    '- Led PyTorch training',
    'ML Engineer, Other Co',
    '2017 - 2021',
    '- Python and SQL',
    '## Education',
    'BSc, 2013 - 2017',
    '## Skills',
    'Familiar with Docker; Python',
  ].join('\n');

  it('reads the name, the years of the work history (not of education) and the skills with their lines', async () => {
    const catalog = await builtinCatalog();
    const draft = draftOf(cv, catalog, now);
    expect(draft.name).toBe('Robin Quill');
    expect(draft.periods.map((p) => p.line)).toEqual([5, 8]);
    expect(draft.experienceYears).toBe(10);
    const skills = Object.fromEntries(draft.skills.map((s) => [s.id, [s.level, s.line]]));
    expect(skills).toMatchObject({ pytorch: [4, 6], python: [2, 9], sql: [2, 9], 'containers-orchestration': [2, 13] });
    expect(draft.skills.find((s) => s.id === 'python')!.alsoLines).toEqual([13]);
  });

  it('is a valid profile, strict, with a check comment on every skill', async () => {
    const catalog = await builtinCatalog();
    const text = renderDraft(draftOf(cv, catalog, now), 'cv.md', now);
    // Strict: an unknown skill or a phrase would throw.
    const { profile, warnings } = parseProfile(text, 'draft.yaml', catalog, { strict: true });
    expect(profile.name).toBe('Robin Quill');
    expect(profile.skills).toMatchObject({ pytorch: 4, python: 2 });
    expect(warnings.map((w) => w.code)).toEqual(['no-risk-appetite']);
    for (const line of text.split('\n').filter((l) => /^ {2}[a-z0-9-]+: \d/.test(l))) expect(line).toMatch(/# check \([a-z-]+\): line \d+ "/);
    expect(text).toMatch(/^# riskAppetite: medium/m);
  });

  it('writes its comments in Chinese with lang zh, and stays a valid profile', async () => {
    const catalog = await builtinCatalog();
    const text = renderDraft(draftOf(cv, catalog, now), 'cv.md', now, 'zh');
    expect(text).toContain('# 个人档案草稿：由 `etr import` 根据 cv.md 生成（2026-12）。');
    expect(text).toMatch(/^ {2}pytorch: +4 {2}# 请核对（精通）：第6行的“PyTorch”，原句“Led PyTorch training”；依据：“Led”、高级职位“Senior ML Engineer, Example Co”，加1级$/m);
    expect(text).toMatch(/^ {2}python: +2 {2}# 请核对（高级新手）：第9行的“Python”，原句“Python and SQL”；依据：仅提及；另见第13行$/m);
    expect(text).toContain('experienceYears: 10  # 请核对：按工作经历的起止日期推算，重叠的时段只算一次；依据：第5行“Jan 2021 – present”、第8行“2017 - 2021”');
    expect(parseProfile(text, 'draft.yaml', catalog, { strict: true }).profile.skills).toEqual(parseProfile(renderDraft(draftOf(cv, catalog, now), 'cv.md', now), 'draft.yaml', catalog, { strict: true }).profile.skills);
  });

  it('leaves a placeholder when no name line or dates are found', async () => {
    const catalog = await builtinCatalog();
    const text = renderDraft(draftOf('Skills: Python, prompt engineering', catalog, now), 'cv.txt', now);
    expect(text).toMatch(/^# name: /m);
    expect(text).toMatch(/^# experienceYears: /m);
    expect(text).toMatch(/^ {2}prompt-engineering: 2 /m);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { displayWidth } from '../../src/core/text-width.js';
import { minimalDocx } from '../helpers/cv-files.js';
import { englishWords } from '../helpers/english-words.js';
import { zhScenarios } from '../../src/profile/interview-text.js';
import { scenarios } from '../../src/profile/interview.js';
import type { MatchReport } from '../../src/report/match.js';
import { assertValid, schemaErrors } from '../helpers/json-schema.js';
import { hasScript, ptySession } from '../helpers/pty.js';
import { etrBinary, repoRoot, runEtr } from '../helpers/run-etr.js';
import { workDir } from '../helpers/work-dir.js';

const { dir } = workDir('zh-tools');
const down = '\u001b[B';
const enter = '\r';
const space = ' ';

/**
 * The keys and values a profile's YAML spells in English whatever the language of its comments:
 * they are the file's syntax (the schema's field names, the appetite words), as ids are.
 */
const profileSyntax = ['name', 'riskAppetite', 'preferredEtr', 'experienceYears', 'currentRole', 'hoursPerWeek', 'skills', 'interests', 'exclude', 'weights', 'skill', 'risk', 'interest', 'medium', 'low', 'high'];

/** etr's commands, which a reader types as they are: "运行 etr advise --profile …". */
const commands = ['init', 'advise', 'import', 'match', 'catalog', 'roles', 'skills'];

/** A profile's text without the editor's first line (yaml-language-server: $schema=path), which is for the editor, not the reader. */
function forReader(text: string): string {
  return text.replace(/^# yaml-language-server: .*\n/, '');
}

describe('etr init --lang zh', () => {
  it('writes a starter profile whose every comment is Chinese', () => {
    const result = runEtr(['init', '--lang', 'zh', '--out', '-']);
    expect(result.code, result.stderr).toBe(0);
    expect(englishWords(forReader(result.stdout), [...profileSyntax, ...commands])).toEqual([]);
    expect(result.stdout).toContain('# 风险偏好越低，工作的风险越高');
    expect(result.stdout).toContain('  # --- 自然语言处理 ---');
  });

  it('parses as a valid profile: advise --strict reads it without a warning', () => {
    expect(runEtr(['init', '--lang', 'zh', '--out', 'starter.yaml'], { cwd: dir }).code).toBe(0);
    const profile = parse(readFileSync(join(dir, 'starter.yaml'), 'utf8')) as Record<string, unknown>;
    assertValid('profile', profile, 'the Chinese starter profile');
    const advise = runEtr(['advise', '--profile', 'starter.yaml', '--strict', '--top', '3', '--lang', 'zh'], { cwd: dir });
    expect(advise.stderr).toBe('');
    expect(advise.code).toBe(0);
  });

  it('says on stderr, in Chinese, what was written and what to run next', () => {
    const result = runEtr(['init', '--lang', 'zh', '--out', 'next.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr.trim()).toBe('已写入 next.yaml；请核对修改，然后运行：etr advise --profile next.yaml');
  });

  it('ETR_LANG=zh writes the same file as --lang zh, and --lang en overrides it', () => {
    const flag = runEtr(['init', '--lang', 'zh', '--out', '-']).stdout;
    expect(runEtr(['init', '--out', '-'], { env: { ETR_LANG: 'zh' } }).stdout).toBe(flag);
    expect(runEtr(['init', '--out', '-', '--lang', 'en'], { env: { ETR_LANG: 'zh' } }).stdout).toBe(runEtr(['init', '--out', '-']).stdout);
  });

  it('keeps the columns of the appetite table aligned with wide characters', () => {
    const rows = runEtr(['init', '--lang', 'zh', '--out', '-']).stdout.split('\n').filter((line) => /^# {3}(?:very-low|low|medium|high|very-high)（/.test(line));
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((row) => displayWidth(row.slice(0, row.indexOf('你'))))).size).toBe(1);
  });
});

describe('etr import --lang zh', () => {
  const cvs = ['test/fixtures/cv/zh.txt', 'test/fixtures/cv/en.md'];
  for (const cv of cvs) {
    it(`comments every value of the draft in Chinese, for ${cv.split('/').pop()}`, () => {
      const result = runEtr(['import', cv, '--lang', 'zh']);
      expect(result.code, result.stderr).toBe(0);
      // The draft quotes the CV's own lines as evidence: they are the user's data.
      expect(englishWords(result.stdout + result.stderr, [readFileSync(cv, 'utf8'), ...profileSyntax, ...commands])).toEqual([]);
      expect(parse(result.stdout)).toHaveProperty('skills');
    });
  }

  it('reads a Word CV, and says in Chinese on stderr what it wrote', () => {
    const lines = ['林小舟', '工作经历', '2018.03 - 至今  高级数据分析师', '精通数据分析，熟练使用 Python、SQL'];
    writeFileSync(join(dir, 'cv.docx'), minimalDocx(lines));
    const result = runEtr(['import', 'cv.docx', '--lang', 'zh', '--out', 'draft.yaml'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.trim()).toBe('已写入 draft.yaml；请核对修改，然后运行：etr advise --profile draft.yaml');
    const draft = readFileSync(join(dir, 'draft.yaml'), 'utf8');
    expect(draft).toContain('# 个人档案草稿：由 `etr import` 根据 cv.docx 生成');
    expect(draft).toMatch(/^ {2}data-analysis: +4 {2}# 请核对（精通）：第\d+行的“数据分析”，原句“精通数据分析，熟练使用 Python、SQL”；依据：“精通”、高级职位“2018\.03 - 至今 高级数据分析师”，加1级/m);
    expect(englishWords(draft, [...lines, ...profileSyntax, ...commands])).toEqual([]);
  });

  it('aligns the appetite table with wide characters, and ETR_LANG=zh equals --lang zh', () => {
    const text = runEtr(['import', cvs[0]!, '--lang', 'zh']).stdout;
    const rows = text.split('\n').filter((line) => /^# {3}(?:very-low|low|medium|high|very-high)（/.test(line));
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((row) => displayWidth(row.slice(0, row.indexOf('你'))))).size).toBe(1);
    expect(runEtr(['import', cvs[0]!], { env: { ETR_LANG: 'zh' } }).stdout).toBe(text);
  });
});

describe('etr match --lang zh', () => {
  const ads = ['test/fixtures/jobs/zh-content.txt', 'test/fixtures/jobs/en-clinical-nlp.md'];
  for (const format of ['text', 'markdown']) {
    for (const ad of ads) {
      it(`prints no English in ${format} for ${ad.split('/').pop()}, with a profile`, () => {
        const result = runEtr(['match', '--job', ad, '--profile', 'data/examples/zh-product-manager.yaml', '--lang', 'zh', '--format', format]);
        expect(result.code, result.stderr).toBe(0);
        // The evidence quotes the ad's own words, which may be English: they are the user's data.
        expect(englishWords(result.stdout + result.stderr, [readFileSync(ad, 'utf8'), ...commands])).toEqual([]);
      });
    }
  }

  it('names roles, domains and skills as the catalog translates them, and explains the fit in Chinese', () => {
    const text = runEtr(['match', '--job', ads[0]!, '--profile', 'data/examples/zh-product-manager.yaml', '--lang', 'zh']).stdout;
    expect(text).toContain('  营销与内容创作（content） · 开放级 · ETR 25% · 欧盟《人工智能法》：有限风险');
    expect(text).toContain('  必备     文案写作：第5行“营销文案”、第11行“文案写作”');
    expect(text).toContain('  加分项   数据分析：第16行“数据分析”');
    expect(text).toContain('你与“AI文案策划”的匹配（按 etr advise 的方法评分）');
    expect(text).toMatch(/技能匹配 ?19%/);
  });

  it('says in Chinese why there is no fit for the current role', () => {
    writeFileSync(join(dir, 'own.yaml'), `${readFileSync('data/examples/copywriter.yaml', 'utf8')}\ncurrentRole: ai-copywriter\n`);
    const text = runEtr(['match', '--job', join(repoRoot, ads[0]!), '--profile', 'own.yaml', '--lang', 'zh'], { cwd: dir }).stdout;
    expect(text).toContain('“AI文案策划”是你目前的职位，不作为转型方向评分');
  });

  it('JSON says its language and carries the names it translated; ETR_LANG=zh equals --lang zh', () => {
    const result = runEtr(['match', '--job', ads[0]!, '--profile', 'data/examples/zh-product-manager.yaml', '--lang', 'zh', '--format', 'json']);
    const report = JSON.parse(result.stdout) as MatchReport;
    expect(schemaErrors('match', report)).toEqual([]);
    expect(report.lang).toBe('zh');
    expect(report.localized?.roles['ai-copywriter']?.title).toBe('AI文案策划');
    expect(report.localized?.domains.content?.name).toBe('营销与内容创作');
    expect(report.fit?.explanation).toMatch(/^技能匹配/);
    const english = JSON.parse(runEtr(['match', '--job', ads[0]!, '--format', 'json']).stdout) as MatchReport;
    expect(english).toMatchObject({ lang: 'en', localized: null });
    for (const format of ['text', 'markdown', 'json']) {
      const args = ['match', '--job', ads[0]!, '--format', format];
      expect(runEtr(args, { env: { ETR_LANG: 'zh' } }).stdout).toBe(runEtr([...args, '--lang', 'zh']).stdout);
    }
  });
});

describe('the interview in Chinese', () => {
  it('translates every scenario, option for option', () => {
    expect(Object.keys(zhScenarios).sort()).toEqual(scenarios.map((s) => s.id).sort());
    for (const scenario of scenarios) expect(zhScenarios[scenario.id]!.options).toHaveLength(scenario.options.length);
  });
});

describe.skipIf(!hasScript)('etr init --interview --lang zh on a pseudo-terminal', () => {
  it('asks every question in Chinese and writes a Chinese profile', async () => {
    const session = ptySession(`${JSON.stringify(process.execPath)} ${JSON.stringify(etrBinary)} init --interview --lang zh --out zh.yaml`, { cwd: dir });
    await session.step('你的名字', `王小雨${enter}`);
    await session.step('工作年限', `x${enter}`);
    await session.step('请填写0到70之间的整数', `\u007f5${enter}`);
    await session.step('你目前的职位', `AI文案策划${enter}`);
    await session.step('AI 每天替你写100篇文稿', enter);
    await session.step('AI 助手夜里', `${down}${enter}`);
    await session.step('长文档摘要', enter);
    await session.step('署上自己的名字', enter);
    await session.step('事后你希望', enter);
    await session.step('你想从事的领域', `${space}${enter}`);
    await session.step('你在哪些方向有技能', `${space}${enter}`);
    await session.step('方向的技能', `${space}${enter}`);
    await session.step('水平', enter);
    expect(await session.exit).toBe(0);
    const screen = session.output();
    expect(screen).toContain('根据你的回答，你偏好的 ETR 为3.7%，风险偏好属于“中等”。');
    expect(screen).toContain('已写入 zh.yaml；查看你的职业路径：etr advise --profile zh.yaml');
    expect(englishWords(screen, commands)).toEqual([]);

    const text = readFileSync(join(dir, 'zh.yaml'), 'utf8');
    expect(englishWords(forReader(text), [...profileSyntax, ...commands])).toEqual([]);
    expect(text).toMatch(/^# 由 etr init --interview 得出：5个情境/m);
    const profile = parse(text) as Record<string, unknown>;
    assertValid('profile', profile, 'the Chinese interview profile');
    expect(profile).toMatchObject({ name: '王小雨', experienceYears: 5, currentRole: 'ai-copywriter', preferredEtr: 0.037 });
    const advise = runEtr(['advise', '--profile', 'zh.yaml', '--strict', '--top', '3'], { cwd: dir });
    expect(advise.stderr).toBe('');
    expect(advise.code).toBe(0);
  }, 60_000);

  it('says in Chinese that a cancelled interview wrote nothing', async () => {
    const session = ptySession(`${JSON.stringify(process.execPath)} ${JSON.stringify(etrBinary)} init --interview --out none.yaml`, { cwd: dir, env: { ETR_LANG: 'zh' } });
    await session.step('你的名字', '\u0003');
    expect(await session.exit).toBe(130);
    expect(session.output()).toContain('已取消，没有写入任何文件。');
    expect(englishWords(session.output(), commands)).toEqual([]);
  }, 30_000);
});

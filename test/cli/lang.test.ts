import { describe, expect, it } from 'vitest';
import { runEtr } from '../helpers/run-etr.js';

const zhExample = ['advise', '--profile', 'data/examples/zh-product-manager.yaml'];
/** Names Chinese text writes in Latin letters too. */
const englishWords = (text: string) => text.replace(/\b(ETR|AI|SQL|Python|API|Agent|RAG|NLP|ASR|TTS|MLOps|PyTorch|EU|LLM|Excel|BI|Art|Act|Matter|OMB|GPAI)\b/g, '').match(/[A-Za-z]{2,}/g);

describe('etr advise --lang zh', () => {
  it('prints a fully Chinese report for the Chinese example profile', () => {
    const result = runEtr([...zhExample, '--lang', 'zh']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('王小雨的职业路径');
    expect(result.stdout).toMatch(/^ {2}风险偏好 +中等：/m);
    expect(result.stdout).toMatch(/^ {2}风险地图 /m);
    expect(result.stdout).toMatch(/^ {2}1 {2}\S.*\[(可投递|需提升|差距较大)\] (稳健|敏感) \d+%$/m);
    expect(result.stdout).toContain('个数量级');
    expect(englishWords(result.stdout)).toBeNull();
  });

  it('reads ETR_LANG, and --lang wins over it', () => {
    const flag = runEtr([...zhExample, '--lang', 'zh']);
    const env = runEtr(zhExample, { env: { ETR_LANG: 'zh' } });
    expect(env.code).toBe(0);
    expect(env.stdout).toBe(flag.stdout);
    const english = runEtr([...zhExample, '--lang', 'en'], { env: { ETR_LANG: 'zh' } });
    expect(english.code).toBe(0);
    expect(english.stdout.split('\n')[0]).toBe('Career paths for 王小雨');
    expect(runEtr(zhExample, { env: { ETR_LANG: '' } }).stdout).toBe(english.stdout);
    expect(runEtr(zhExample, { env: { ETR_LANG: 'ZH' } }).stdout).toBe(flag.stdout);
  });

  it('is a usage error for an unknown language, naming the allowed ones', () => {
    const flag = runEtr([...zhExample, '--lang', 'fr']);
    expect(flag.code).toBe(2);
    expect(flag.stdout).toBe('');
    expect(flag.stderr).toContain("argument 'fr' is invalid");
    expect(flag.stderr).toContain('en, zh');
    const env = runEtr(zhExample, { env: { ETR_LANG: 'fr' } });
    expect(env.code).toBe(2);
    expect(env.stdout).toBe('');
    expect(env.stderr).toContain('ETR_LANG "fr": unknown language');
    expect(env.stderr).toContain('use one of: en, zh');
  });

  it('keeps the JSON keys language-neutral: lang, localized names and Chinese sentences are added', () => {
    const en = JSON.parse(runEtr([...zhExample, '--format', 'json']).stdout);
    const zh = JSON.parse(runEtr([...zhExample, '--format', 'json', '--lang', 'zh']).stdout);
    expect(en.schemaVersion).toBe(1);
    expect(zh.schemaVersion).toBe(1);
    expect([en.lang, zh.lang]).toEqual(['en', 'zh']);
    expect(en.localized).toBeNull();
    expect(Object.keys(zh)).toEqual(Object.keys(en));
    expect(Object.keys(zh.results[0])).toEqual(Object.keys(en.results[0]));
    // Ids, enum values and the catalog's own text stay as they are; the translations sit beside them.
    expect(zh.results[0].role).toEqual(en.results[0].role);
    expect(zh.results[0].readiness).toBe(en.results[0].readiness);
    expect(zh.localized.roles[zh.results[0].role.id].title).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.results[0].riskSentence).toMatch(/^该(领域|职位)最多容忍/);
    expect(zh.results[0].explanation).toMatch(/^技能匹配 \d+%/);
    expect(en.results[0].riskSentence).toMatch(/^(domain|this role) tolerates/);
  });

  it('renders Markdown and HTML in Chinese too', () => {
    const markdown = runEtr([...zhExample, '--format', 'markdown', '--lang', 'zh', '--top', '3']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^# 王小雨的职业路径\n/);
    expect(markdown.stdout).toContain('## 排名');
    const html = runEtr([...zhExample, '--format', 'html', '--top', '3'], { env: { ETR_LANG: 'zh' } });
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<html lang="zh-CN">');
    expect(html.stdout).toContain('<h1>王小雨的职业路径</h1>');
  });

  it('takes Chinese skill names in --set', () => {
    const before = JSON.parse(runEtr([...zhExample, '--format', 'json']).stdout);
    const after = JSON.parse(runEtr([...zhExample, '--format', 'json', '--set', '提示工程=5', '--set', '客服运营=proficient']).stdout);
    expect(before.profile.skills['prompt-engineering']).toBe(3);
    expect(after.profile.skills['prompt-engineering']).toBe(5);
    expect(after.profile.skills['customer-support-operations']).toBe(4);
  });

  it('lists html and --lang in the help', () => {
    const help = runEtr(['advise', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('"html"');
    expect(help.stdout).toMatch(/--lang <lang>[\s\S]*\(choices:\s+"en",\s+"zh"\)/);
    expect(help.stdout).toContain('ETR_LANG');
  });
});

describe('etr validate and missing translations', () => {
  const catalog = 'test/fixtures/catalogs/missing-translation';

  it('warns with file, line and column, and passes unless --strict', () => {
    const result = runEtr(['validate', '--catalog', catalog]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${catalog}/roles/medical.yaml:27:5 warning role "clinical-nlp-engineer" has no zh translation of its title and summary, while the catalog translates others (missing-translation)`);
    expect(result.stdout).toContain('hint: add zh: { title: …, summary: … }');
    expect(result.stdout).toContain('0 errors, 1 warning');
    const strict = runEtr(['validate', '--catalog', catalog, '--strict', '--format', 'json']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).problems).toEqual([
      {
        code: 'missing-translation',
        severity: 'warning',
        message: 'role "clinical-nlp-engineer" has no zh translation of its title and summary, while the catalog translates others',
        file: `${catalog}/roles/medical.yaml`,
        line: 27,
        column: 5,
        hint: 'add zh: { title: …, summary: … }',
      },
    ]);
  });

  it('finds nothing missing in the built-in catalog under --strict', () => {
    const result = runEtr(['validate', '--strict', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, warnings: 0, errors: 0 });
  });

  it('advises from such a catalog in Chinese, falling back to English for the untranslated role', () => {
    const profile = 'name: 测试\nriskAppetite: low\nskills: { python: 3, 临床医学知识: 4 }\n';
    const result = runEtr(['advise', '--profile', '-', '--catalog', catalog, '--lang', 'zh'], { stdin: profile });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('医疗 AI 验证专家');
    expect(result.stdout).toContain('Clinical NLP Engineer');
    expect(result.stderr).toContain('missing-translation');
  });
});

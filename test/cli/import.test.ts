import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { minimalDocx, minimalPdf } from '../helpers/cv-files.js';
import { repoRoot, runEtr } from '../helpers/run-etr.js';

const dir = mkdtempSync(join(tmpdir(), 'etr-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cv = (name: string) => join(repoRoot, 'test', 'fixtures', 'cv', name);

/** Imports a CV, checks the draft parses and that `advise --strict` accepts it; returns the draft. */
function importAndAdvise(file: string): { text: string; yaml: { name?: string; experienceYears?: number; skills: Record<string, number> } } {
  const result = runEtr(['import', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const draftFile = join(dir, `${file.split('/').pop()!}.yaml`);
  writeFileSync(draftFile, result.stdout);
  const advised = runEtr(['advise', '--profile', draftFile, '--strict', '--format', 'json', '--top', '3']);
  expect(advised.code, advised.stderr).toBe(0);
  expect(JSON.parse(advised.stdout)).toHaveProperty('results');
  return { text: result.stdout, yaml: parse(result.stdout) as never };
}

describe('etr import', () => {
  it('reads an English CV into a draft with evidence, that advise --strict accepts', () => {
    const { text, yaml } = importAndAdvise(cv('en.md'));
    expect(text.startsWith('# DRAFT profile read from en.md')).toBe(true);
    expect(yaml.name).toBe('Jordan Vale');
    // Mar 2020 – present and 2016 – 2020, not the education's 2012 – 2016: at least 10 years from 2026.
    expect(yaml.experienceYears).toBeGreaterThanOrEqual(10);
    expect(text).toContain('line 12 "Mar 2020 – present", line 18 "2016 – 2020"');
    expect(yaml.skills).toMatchObject({ rag: 4, python: 4, sql: 4, 'prompt-engineering': 3, statistics: 2, 'machine-learning': 4, 'containers-orchestration': 2, 'cloud-platforms': 3 });
    expect(text).toMatch(/^ {2}python: +4 {2}# check \(proficient\): line 14 "Python" in "5 years of Python and SQL in production": "5 years", senior title "Senior Data Scientist/m);
    expect(text).toMatch(/^ {2}containers-orchestration: +2 {2}# check \(advanced-beginner\): line 28 "Docker" in "Familiar with Docker": "Familiar"$/m);
    expect(text).toMatch(/^ {2}cloud-platforms: +3 {2}# check .*"Certified"$/m);
    expect(text).toMatch(/^# riskAppetite: medium {2}# choose one/m);
    expect(text).toContain('#   very-low   about 0.1%');
  });

  it('reads a Chinese CV', () => {
    const { text, yaml } = importAndAdvise(cv('zh.txt'));
    expect(yaml.name).toBe('林小舟');
    expect(yaml.experienceYears).toBeGreaterThanOrEqual(10);
    expect(text).toContain('line 6 "2019.07 - 至今", line 10 "2016年至2019年"');
    expect(yaml.skills).toMatchObject({ 'prompt-engineering': 4, 'llm-fundamentals': 4, 'project-management': 4, 'business-analysis': 4, python: 3, sql: 3 });
    expect(text).toMatch(/^ {2}prompt-engineering: +4 {2}# check \(proficient\): line 7 "提示工程" in "负责智能客服产品，主导提示工程与大模型应用落地": "主导", senior title "2019\.07 - 至今 星河科技（虚构） 高级产品经理" \+1$/m);
    expect(text).toMatch(/^ {2}python: +3 {2}# check \(competent\): line 17 "Python" in "熟练使用 Python、SQL": "熟练"$/m);
 
    const zh = runEtr(['import', cv('zh.txt'), '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout.startsWith('# 个人档案草稿：由 `etr import` 根据 zh.txt 生成')).toBe(true);
    expect(zh.stdout).toMatch(/^ {2}python: +3 {2}# 请核对（胜任）：第17行的“Python”，原句“熟练使用 Python、SQL”；依据：“熟练”$/m);
    expect((parse(zh.stdout) as { skills: unknown }).skills).toEqual(yaml.skills);
    expect(runEtr(['import', cv('zh.txt'), '--lang', 'xx']).code).toBe(2);
  });

  it('reads a PDF and a DOCX', () => {
    const lines = ['Casey Example', 'Experience', 'Lead Data Engineer', '2018 - 2022', 'Led Python and SQL pipelines'];
    writeFileSync(join(dir, 'cv.pdf'), minimalPdf(lines));
    writeFileSync(join(dir, 'cv.docx'), minimalDocx([...lines, '精通提示工程']));
    const pdf = importAndAdvise(join(dir, 'cv.pdf'));
    expect(pdf.yaml).toMatchObject({ name: 'Casey Example', experienceYears: 4, skills: { python: 4, sql: 4 } });
    expect(pdf.text).toContain('line 5 "Python" in "Led Python and SQL pipelines": "Led", senior title "Lead Data Engineer" +1');
    const docx = importAndAdvise(join(dir, 'cv.docx'));
    expect(docx.yaml).toMatchObject({ name: 'Casey Example', experienceYears: 4, skills: { python: 4, sql: 4, 'prompt-engineering': 4 } });
  });

  it('writes --out as init does: atomically, never over a file without --force', () => {
    const out = join(dir, 'draft.yaml');
    const first = runEtr(['import', cv('en.md'), '--out', 'draft.yaml'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe('wrote draft.yaml; edit it, then run: etr advise --profile draft.yaml\n');
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('name: Jordan Vale');
    writeFileSync(out, 'mine\n');
    const again = runEtr(['import', cv('en.md'), '--out', 'draft.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('draft.yaml exists; not overwritten');
    expect(readFileSync(out, 'utf8')).toBe('mine\n');
    const forced = runEtr(['import', cv('en.md'), '--out', 'draft.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(written);
  });

  it('refuses a file of another type, a missing file and a broken PDF', () => {
    writeFileSync(join(dir, 'cv.rtf'), '{\\rtf1 Python}');
    const rtf = runEtr(['import', join(dir, 'cv.rtf')]);
    expect(rtf.code).toBe(2);
    expect(rtf.stderr).toContain('cannot import a file of this type (.rtf)');
    expect(rtf.stderr).toContain('import one of: .txt, .md, .pdf, .docx');
    expect(rtf.stdout).toBe('');
    const missing = runEtr(['import', join(dir, 'nope.md')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.4\nnot really\n');
    const broken = runEtr(['import', join(dir, 'broken.pdf')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('the PDF cannot be read');
  });

  it('gives what the README shows for its worked example', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const example = /\n\$ cat cv\.md\n([\s\S]*?)\n\$ etr import cv\.md --out me\.yaml && cat me\.yaml\n([\s\S]*?)\n```/.exec(readme)!;
    writeFileSync(join(dir, 'cv.md'), `${example[1]!}\n`);
    const result = runEtr(['import', 'cv.md'], { cwd: dir });
    expect(result.code).toBe(0);
    // The lines that do not depend on today's date: the name and the skills.
    const stable = (text: string) => text.split('\n').filter((l) => l.startsWith('name:') || l.startsWith('  '));
    expect(stable(result.stdout)).toEqual(stable(example[2]!));
    expect(stable(example[2]!).length).toBe(8);
  });

  it('is listed after init in the help', () => {
    const help = runEtr(['--help']).stdout;
    expect(help.indexOf('  import ')).toBeGreaterThan(help.indexOf('  init '));
    expect(help.indexOf('  import ')).toBeLessThan(help.indexOf('  validate '));
  });
});

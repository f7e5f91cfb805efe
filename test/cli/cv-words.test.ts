import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runEtr, type RunResult } from '../helpers/run-etr.js';

/** The levels a report scored from the profile's own keys: its skills less those the catalog implies. */
const rated = (report: Report) => Object.fromEntries(Object.entries(report.profile.skills).filter(([id]) => !(id in report.profile.implied)));

/*
 * Issue 17 end to end: profiles whose skills are written as an English and a Chinese CV writes
 * them (test/fixtures/profiles/cv-words-*.yaml), through the built binary.
 */

const runs = new Map<string, RunResult>();
function etr(args: string[], options: Parameters<typeof runEtr>[1] = {}): RunResult {
  const key = JSON.stringify([args, options]);
  if (!runs.has(key)) runs.set(key, runEtr(args, options));
  return runs.get(key)!;
}

const en = 'test/fixtures/profiles/cv-words-en.yaml';
const zh = 'test/fixtures/profiles/cv-words-zh.yaml';
const json = (file: string, ...more: string[]) => JSON.parse(etr(['advise', '--profile', file, '--format', 'json', ...more]).stdout) as Report;

describe('an English CV\'s words', () => {
  it('are read as the skills they name, versions, slashes, brackets and case notwithstanding', () => {
    expect(rated(json(en))).toEqual({
      'aml-kyc': 1,
      'concept-art': 1,
      'containers-orchestration': 2,
      'deep-learning': 4,
      'machine-learning': 4,
      nlp: 3,
      python: 5,
      pytorch: 4,
      sql: 4,
      translation: 2,
      'version-control': 3,
    });
  });

  it('say what was read from a phrase, and what was not known, with plausible suggestions only', () => {
    expect(json(en).warnings.map((w) => [w.line, w.code, w.message, w.hint])).toEqual([
      [7, 'skill-read-from-phrase', '"PyTorch/TensorFlow" read as PyTorch (matched "PyTorch") and Deep learning (matched "TensorFlow")', 'to be sure, name each skill as `etr catalog skills` lists it: pytorch, deep-learning'],
      [8, 'skill-read-from-phrase', '"MySQL/PostgreSQL" read as SQL (matched "MySQL")', 'to be sure, name each skill as `etr catalog skills` lists it: sql'],
      [9, 'skill-read-from-phrase', '"Machine Learning (scikit-learn)" read as Machine learning (matched "Machine learning")', 'to be sure, name each skill as `etr catalog skills` lists it: machine-learning'],
      [10, 'skill-read-from-phrase', '"Docker/Kubernetes" read as Containers and orchestration (matched "Docker")', 'to be sure, name each skill as `etr catalog skills` lists it: containers-orchestration'],
      [11, 'skill-read-from-phrase', '"Git/GitHub" read as Version control (matched "Git")', 'to be sure, name each skill as `etr catalog skills` lists it: version-control'],
      [13, 'skill-read-from-phrase', '"Portuguese-English translation" read as Translation (matched "Translation")', 'to be sure, name each skill as `etr catalog skills` lists it: translation'],
      [16, 'unknown-skill', 'unknown skill "team managment"; it is ignored', 'did you mean "team management"?'],
      [17, 'unknown-skill', 'unknown skill "Agile/Scrum"; it is ignored', 'see `etr catalog skills` for the names etr knows'],
    ]);
  });

  it('print as located warnings on stderr, and the report still comes', () => {
    const result = etr(['advise', '--profile', en, '--top', '3']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${en}:7:3 warning "PyTorch/TensorFlow" read as PyTorch (matched "PyTorch") and Deep learning (matched "TensorFlow") (skill-read-from-phrase)`);
    expect(result.stderr).toContain('  7 |   PyTorch/TensorFlow: proficient');
    expect(result.stdout).toContain('Career paths for Alex Morgan');
  });

  it('are errors under --strict, exit 1', () => {
    const result = etr(['advise', '--profile', en, '--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${en}:7:3 error "PyTorch/TensorFlow" is not a skill name; it names PyTorch (matched "PyTorch") and Deep learning (matched "TensorFlow") (skill-read-from-phrase)`);
    expect(result.stderr.match(/\(skill-read-from-phrase\)$/gm)).toHaveLength(6);
  });

  it('read the same in a batch, where the warnings go with the record', () => {
    const profile = readFileSync(en, 'utf8');
    const result = etr(['advise', '--batch', '-', '--top', '1'], { stdin: profile });
    expect(result.code).toBe(0);
    const line = JSON.parse(result.stdout) as { ok: boolean; warnings: { code: string; line: number }[] };
    expect(line.ok).toBe(true);
    expect(line.warnings.filter((w) => w.code === 'skill-read-from-phrase').map((w) => w.line)).toEqual([7, 8, 9, 10, 11, 13]);
  });
});

describe('a Chinese CV\'s words', () => {
  it('are read as the skills they name: full-width letters, Chinese brackets, "精通", a language before "翻译"', () => {
    expect(rated(json(zh))).toEqual({
      'data-annotation': 4,
      'deep-learning': 3,
      'llm-fundamentals': 3,
      nlp: 3,
      'prompt-engineering': 4,
      python: 4,
      pytorch: 3,
      sql: 3,
      'stakeholder-communication': 3,
      translation: 2,
    });
    expect(json(zh).warnings.map((w) => [w.line, w.code, w.message])).toEqual([
      [6, 'skill-read-from-phrase', '"精通Python" read as Python (matched "Python")'],
      [7, 'skill-read-from-phrase', '"深度学习（PyTorch）" read as Deep learning (matched "深度学习") and PyTorch (matched "PyTorch")'],
      [9, 'skill-read-from-phrase', '"大语言模型（LLM）" read as LLM fundamentals (matched "大语言模型")'],
      [13, 'skill-read-from-phrase', '"葡萄牙语翻译" read as Translation (matched "翻译")'],
      [15, 'unknown-skill', 'unknown skill "同声传译"; it is ignored'],
    ]);
  });

  it('give a Chinese report with --lang zh', () => {
    const result = etr(['advise', '--profile', zh, '--lang', 'zh', '--top', '3']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('李雷');
    // The warnings speak the report's language, and name the skills by their Chinese names.
    expect(result.stderr).toContain(`${zh}:13:3 警告 “葡萄牙语翻译”识别为翻译（匹配“翻译”）（skill-read-from-phrase）`);
    expect(etr(['advise', '--profile', zh, '--top', '3']).stderr).toContain(`${zh}:13:3 warning "葡萄牙语翻译" read as Translation (matched "翻译") (skill-read-from-phrase)`);
  });
});

describe('--set with the words of a CV', () => {
  it('sets each skill a phrase names, says so, and the report carries the warning', () => {
    const text = etr(['advise', '--profile', 'data/examples/quant.yaml', '--top', '1', '--set', 'Docker/Kubernetes=3', '--set', 'Ｊａｖａ 17=2']);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('warning --set Docker/Kubernetes=3: "Docker/Kubernetes" read as Containers and orchestration (matched "Docker") (skill-read-from-phrase)\n  hint: to be sure, name each skill as `etr catalog skills` lists it: containers-orchestration\n');
    const report = json('data/examples/quant.yaml', '--set', 'Docker/Kubernetes=3', '--set', 'Ｊａｖａ 17=2');
    expect(report.profile.skills).toMatchObject({ 'containers-orchestration': 3, java: 2 });
    expect(report.warnings.map((w) => [w.code, w.file])).toEqual([['skill-read-from-phrase', null]]);
  });

  it('is a usage error under --strict (exit 2), as in a batch', () => {
    const result = etr(['advise', '--profile', 'data/examples/quant.yaml', '--set', 'Docker/Kubernetes=3', '--strict']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: --set Docker/Kubernetes=3: "Docker/Kubernetes" is not a skill name; it names Containers and orchestration (matched "Docker")');
    const batch = etr(['advise', '--batch', '-', '--set', 'Docker/Kubernetes=3', '--strict'], { stdin: readFileSync(zh, 'utf8') });
    expect(batch.code).toBe(2);
    expect(batch.stdout).toBe('');
  });

  it('in a batch, is said once on stderr', () => {
    const result = etr(['advise', '--batch', '-', '--top', '1', '--set', 'Docker/Kubernetes=3'], { stdin: readFileSync(zh, 'utf8') });
    expect(result.code).toBe(0);
    expect(result.stderr.match(/skill-read-from-phrase/g)).toHaveLength(1);
  });
});

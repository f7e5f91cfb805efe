import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { appetiteMeanings, appetiteNote, riskAppetites } from '../../src/model/etr.js';
import type { PlanReport } from '../../src/report/plan.js';
import type { Report } from '../../src/report/types.js';
import { repoRoot, runEtr, type RunResult } from '../helpers/run-etr.js';

/*
 * A profile's currentRole end to end, through the built binary: a data annotator (the panel's,
 * test/fixtures/panel/data-annotator.yaml) who names her job by its id, by its title, by its
 * Chinese title, or by a name the catalog lacks. The role is ai-data-annotator; its related roles
 * in the built-in catalog are annotation-quality-lead, domain-expert-ai-rater, trust-safety-analyst
 * and ai-content-editor-fact-checker.
 */
const profiles = 'test/fixtures/profiles';
const own = 'ai-data-annotator';
const related = ['annotation-quality-lead', 'domain-expert-ai-rater', 'trust-safety-analyst', 'ai-content-editor-fact-checker'];
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const runs = new Map<string, RunResult>();
function etr(args: string[]): RunResult {
  const key = JSON.stringify(args);
  if (!runs.has(key)) runs.set(key, runEtr(args));
  return runs.get(key)!;
}

function report(file: string, ...args: string[]): Report {
  const result = etr(['advise', '--profile', `${profiles}/${file}.yaml`, '--format', 'json', ...args]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

describe('etr advise with a currentRole', () => {
  it('by id and by title (any case) gives the same report, without warnings', () => {
    for (const format of ['text', 'json', 'markdown', 'html']) {
      const byId = etr(['advise', '--profile', `${profiles}/current-role-id.yaml`, '--format', format]);
      const byTitle = etr(['advise', '--profile', `${profiles}/current-role-title.yaml`, '--format', format]);
      expect(byId.code).toBe(0);
      expect(byId.stderr).toBe('');
      expect(byTitle.stderr).toBe('');
      expect(byTitle.stdout).toBe(byId.stdout);
    }
  });

  it('json: says what the current role is, never proposes it, and marks its related roles as next steps', () => {
    const json = report('current-role-id', '--top', '200');
    expect(json.profile.currentRole).toEqual({ id: own, title: 'AI Trainer / Data Annotator' });
    expect(json.considered).toBe(164);
    expect(json.results).toHaveLength(164);
    expect(json.results.map((r) => r.role.id)).not.toContain(own);
    expect(json.results.filter((r) => r.nextStep).map((r) => r.role.id).sort()).toEqual([...related].sort());
  });

  it('json: without a currentRole, the role is ranked like any other and nothing is a next step', () => {
    const json = report('current-role-unknown', '--top', '200');
    expect(json.profile.currentRole).toBeNull();
    expect(json.considered).toBe(165);
    expect(json.results.map((r) => r.role.id)).toContain(own);
    expect(json.results.some((r) => r.nextStep)).toBe(false);
  });

  it('text: the header names the current role, and next steps carry a mark', () => {
    const text = etr(['advise', '--profile', `${profiles}/current-role-id.yaml`]).stdout;
    const header = collapse(text.split('\n\n')[0]!);
    expect(header).toContain('current role AI Trainer / Data Annotator: not ranked as a move; ↗ marks the roles it naturally leads to');
    expect(header).toContain('164 considered, top 10 shown');
    const json = report('current-role-id');
    for (const r of json.results) {
      const first = text.split('\n').find((line) => new RegExp(`^\\s*${r.rank}  `).test(line))!;
      expect(first.endsWith('  ↗ next step'), first).toBe(r.nextStep);
    }
    expect(json.results.some((r) => r.nextStep)).toBe(true);
  });

  it('markdown and html: the header names the current role, and next steps carry a mark', () => {
    const markdown = etr(['advise', '--profile', `${profiles}/current-role-id.yaml`, '--format', 'markdown']).stdout;
    expect(markdown).toContain('- **Your current role:** AI Trainer / Data Annotator: not ranked as a move; ↗ marks the roles it naturally leads to.');
    expect(markdown).toContain('| 4 | Annotation Quality Lead ↗ next step |');
    const html = etr(['advise', '--profile', `${profiles}/current-role-id.yaml`, '--format', 'html']).stdout;
    expect(html).toContain('<dt>current role</dt><dd>AI Trainer / Data Annotator: not ranked as a move; ↗ marks the roles it naturally leads to</dd>');
    const articles = html.split('<article ').slice(1);
    for (const r of report('current-role-id').results) {
      const article = articles.find((a) => a.includes(`id="role-${r.role.id}"`))!;
      expect(article.includes('<span class="badge next-step">↗ next step</span>'), r.role.id).toBe(r.nextStep);
    }
  });

  it('a Chinese profile names it by its zh title; the report says it in Chinese', () => {
    const json = report('zh-current-role');
    expect(json.warnings).toEqual([]);
    expect(json.profile.currentRole).toEqual({ id: own, title: 'AI Trainer / Data Annotator' });
    expect(json.results.map((r) => r.role.id)).not.toContain(own);
    const zh = etr(['advise', '--profile', `${profiles}/zh-current-role.yaml`, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toBe('');
    expect(collapse(zh.stdout.split('\n\n')[0]!)).toContain('当前职位 AI训练师 / 数据标注员：不作为转型方向参与排名；↗ 标出从它自然延伸出的下一步职位');
    expect(zh.stdout).toMatch(/^\s+\d+ {2}标注质量.*↗ 下一步$/m);
    const zhJson = report('zh-current-role', '--lang', 'zh');
    expect(zhJson.localized!.roles[own]!.title).toBe('AI训练师 / 数据标注员');
  });

  it('an unknown role is a warning with a "did you mean" (exit 0), and an error with --strict (exit 1)', () => {
    const path = `${profiles}/current-role-unknown.yaml`;
    const warned = etr(['advise', '--profile', path, '--top', '1']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(`${path}:5:14 warning currentRole: unknown role "Data Anotator"; it is ignored (unknown-role)`);
    expect(warned.stderr).toContain('hint: did you mean "ai-data-annotator" (AI Trainer / Data Annotator)?');
    expect(warned.stdout).not.toContain('current role');
    expect(report('current-role-unknown').warnings).toEqual([expect.objectContaining({ code: 'unknown-role', severity: 'warning', line: 5, column: 14 })]);
    const strict = etr(['advise', '--profile', path, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain(`${path}:5:14 error currentRole: unknown role "Data Anotator" (unknown-role)`);
  });
});

describe('the batch and the plan with a currentRole', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'etr-current-role-'));
  });

  it('a batch never proposes the current role, and ranks as etr advise does (JSON lines and YAML)', () => {
    const people = ['current-role-id', 'current-role-title', 'zh-current-role', 'current-role-unknown'].map((name) => parseYaml(readFileSync(join(repoRoot, profiles, `${name}.yaml`), 'utf8')) as Record<string, unknown>);
    const jsonl = join(dir, 'people.jsonl');
    writeFileSync(jsonl, people.map((p) => JSON.stringify(p)).join('\n'));
    const yaml = join(dir, 'people.yaml');
    writeFileSync(yaml, ['current-role-id', 'zh-current-role'].map((name) => readFileSync(join(repoRoot, profiles, `${name}.yaml`), 'utf8')).join('---\n'));
    for (const file of [jsonl, yaml]) {
      const run = runEtr(['advise', '--batch', file, '--top', '5']);
      expect(run.code, run.stderr).toBe(0);
      const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { ok: boolean; results: { role: string; score: number }[]; warnings: { code: string }[] });
      for (const line of lines) expect(line.ok).toBe(true);
      for (const line of lines.slice(0, file === jsonl ? 3 : 2)) expect(line.results.map((r) => r.role)).not.toContain(own);
      const expected = report('current-role-id', '--top', '5').results.map((r) => ({ role: r.role.id, score: r.score }));
      expect(lines[0]!.results.map((r) => ({ role: r.role, score: r.score }))).toEqual(expected);
      if (file === jsonl) {
        expect(lines[3]!.warnings.map((w) => w.code)).toEqual(['unknown-role']);
        expect(lines[3]!.results[0]!.role).toBe(own);
      }
    }
  });

  it('a batch under --strict fails the record whose current role is unknown, and goes on', () => {
    const file = join(dir, 'strict.jsonl');
    writeFileSync(file, [JSON.stringify({ name: 'A', riskAppetite: 'low', currentRole: 'nobody' }), JSON.stringify({ name: 'B', riskAppetite: 'low', currentRole: own })].join('\n'));
    const run = runEtr(['advise', '--batch', file, '--strict', '--top', '1']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { ok: boolean; problems?: { code: string }[] });
    expect(lines.map((l) => l.ok)).toEqual([false, true]);
    expect(lines[0]!.problems!.map((p) => p.code)).toEqual(['unknown-role']);
  });

  it('etr plan does not plan toward the current role by default, but does when asked to', () => {
    const plan = JSON.parse(etr(['plan', '--profile', `${profiles}/current-role-id.yaml`, '--format', 'json']).stdout) as PlanReport;
    const top3 = report('current-role-id', '--top', '3').results.map((r) => r.role.id);
    expect(plan.targets.map((t) => t.role)).toEqual(top3);
    expect(top3).not.toContain(own);
    const asked = JSON.parse(etr(['plan', '--profile', `${profiles}/current-role-id.yaml`, '--target', own, '--format', 'json']).stdout) as PlanReport;
    expect(asked.targets.map((t) => t.role)).toEqual([own]);
  });
});

describe('the appetite words, where a person meets them', () => {
  it('etr advise --help says what each means, and that low means high stakes', () => {
    const help = collapse(etr(['advise', '--help']).stdout);
    for (const appetite of riskAppetites) expect(help).toContain(`${appetite} ${appetiteMeanings.en[appetite]}`);
    expect(help).toContain(appetiteNote.en);
  });

  it('the starter profile explains each in its comments', () => {
    const template = etr(['init', '--out', '-']).stdout;
    const comments = collapse(template.split('\n').filter((l) => l.startsWith('#')).map((l) => l.slice(1)).join(' '));
    for (const appetite of riskAppetites) expect(comments).toContain(appetiteMeanings.en[appetite]);
    expect(comments).toContain(appetiteNote.en);
    expect(template).toMatch(/^# currentRole: [a-z0-9-]+$/m);
  });

  it('the report header says what the appetite means, in English and Chinese', () => {
    const en = collapse(etr(['advise', '--profile', 'data/examples/clinician.yaml', '--top', '1']).stdout.split('\n\n')[0]!);
    expect(en).toContain(`what it means ${appetiteMeanings.en['very-low']}. ${appetiteNote.en}`);
    const zh = etr(['advise', '--profile', 'data/examples/clinician.yaml', '--top', '1', '--lang', 'zh', '--format', 'markdown']).stdout;
    expect(zh).toContain(`- **含义：** ${appetiteMeanings.zh['very-low']}。${appetiteNote.zh}`);
  });
});

describe('the README', () => {
  it('gives each appetite word the meaning etr gives it, and lists the new problem codes and report fields', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const appetite of riskAppetites) expect(readme).toContain(`| \`${appetite}\` | `);
    for (const appetite of riskAppetites) expect(readme).toContain(` | ${appetiteMeanings.en[appetite]} |`);
    expect(collapse(readme.replace(/`/g, ''))).toContain(appetiteNote.en);
    for (const text of ['`unknown-role`', '`ambiguous-role`', '`profile.currentRole`', '`.nextStep`']) expect(readme).toContain(text);
  });
});

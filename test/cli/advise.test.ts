import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/model/etr.js';
import { escape } from '../../src/render/markdown.js';
import type { Report, ReportResult, ReportSkillRequirement } from '../../src/report/types.js';
import { repoRoot, runEtr, type RunResult } from '../helpers/run-etr.js';

/*
 * `etr advise` end to end, on the four example profiles, in every format. Each command runs once
 * (cached by its arguments) and every assertion about it reads that one run.
 */
const runs = new Map<string, RunResult>();
function etr(args: string[], options: Parameters<typeof runEtr>[1] = {}): RunResult {
  const key = JSON.stringify([args, options]);
  if (!runs.has(key)) runs.set(key, runEtr(args, options));
  return runs.get(key)!;
}

const example = (name: string) => `data/examples/${name}.yaml`;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const pct = (value: number) => `${Math.round(value * 100)}%`;
const haveNeed = (g: ReportSkillRequirement) => `${g.name}${g.essential ? '*' : ''} ${g.have}→${g.need}`;
const ansi = /\u001b\[/;

/** What the README and the examples' own comments lead a reader to expect, pinned for the four people the README names. */
const pinned: Record<string, { name: string; appetite: string; preferred: string; band: string; weights: readonly [number, number, number]; considered: number; first: string; firstScore: number }> = {
  clinician: { name: 'Dr. Mei Lin', appetite: 'very-low', preferred: '0.1%', band: '0.013% to 3%', weights: [0.6, 0.3, 0.1], considered: 158, first: 'head-of-clinical-ai-safety', firstScore: 0.6181 },
  copywriter: { name: 'Sam Rivera', appetite: 'high', preferred: '10%', band: '1.3% to 100%', weights: [0.6, 0.3, 0.1], considered: 165, first: 'ai-copywriter', firstScore: 0.7977 },
  quant: { name: 'Priya Natarajan', appetite: 'medium', preferred: '3%', band: '0.39% to 89%', weights: [0.7, 0.2, 0.1], considered: 165, first: 'credit-risk-ml-engineer', firstScore: 0.7984 },
  teacher: { name: 'Jonas Weber', appetite: 'low', preferred: '1%', band: '0.13% to 30%', weights: [0.6, 0.3, 0.1], considered: 165, first: 'assessment-item-writer', firstScore: 0.7637 },
};

/** Every example profile, including any added later: each must run cleanly in every format. */
const examples = readdirSync(join(repoRoot, 'data', 'examples'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.slice(0, -'.yaml'.length))
  .sort();

it('covers the four people the README names', () => {
  expect(examples).toEqual(expect.arrayContaining(Object.keys(pinned)));
});

describe.each(examples)('etr advise --profile data/examples/%s.yaml', (name) => {
  let text: RunResult;
  let json: RunResult;
  let markdown: RunResult;
  let report: Report;

  beforeAll(() => {
    text = etr(['advise', '--profile', example(name)]);
    json = etr(['advise', '--profile', example(name), '--format', 'json']);
    markdown = etr(['advise', '--profile', example(name), '--format', 'markdown']);
    report = JSON.parse(json.stdout) as Report;
  });

  /** The header as the text and markdown must show it: pinned where known, else as the JSON says. */
  const want = () =>
    pinned[name] ?? {
      name: report.profile.name,
      appetite: report.profile.riskAppetite ?? `preferred ETR ${formatPercent(report.profile.preferredEtr)}`,
      preferred: formatPercent(report.profile.preferredEtr),
      band: `${formatPercent(report.profile.comfortBand.low)} to ${formatPercent(report.profile.comfortBand.high)}`,
      weights: [report.weights.skill, report.weights.risk, report.weights.interest] as const,
      considered: report.considered,
      first: report.results[0]!.role.id,
      firstScore: report.results[0]!.score,
    };

  it('exits 0 with nothing on stderr in every format', () => {
    for (const result of [text, json, markdown]) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(ansi);
    }
  });

  it('json: has the documented header', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.profile.name).toBe(want().name);
    expect(report.profile.riskAppetite ?? `preferred ETR ${formatPercent(report.profile.preferredEtr)}`).toBe(want().appetite);
    expect(Object.keys(report.profile).sort()).toEqual(['comfortBand', 'currentRole', 'exclude', 'experienceYears', 'hoursPerWeek', 'implied', 'interests', 'name', 'preferredEtr', 'riskAppetite', 'skills']);
    // The examples name no current role: every role is a candidate, and none is a next step.
    expect(report.profile.currentRole).toBeNull();
    expect(report.results.some((r) => r.nextStep)).toBe(false);
    expect(report.weights).toEqual({ skill: want().weights[0], risk: want().weights[1], interest: want().weights[2] });
    expect(report.catalog).toMatchObject({ source: 'built-in', domains: 26, roles: 165, skills: 168 });
    expect(report.catalog.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.filters).toEqual({ top: 10, domains: [] });
    expect(report.considered).toBe(want().considered);
    expect(report.warnings).toEqual([]);
    expect(report.comparison).toBeNull();
  });

  it('json: ranks ten results, best first, each complete and consistent with the scoring model', () => {
    expect(report.results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(report.results[0]!.role.id).toBe(want().first);
    expect(report.results[0]!.score).toBe(want().firstScore);
    const scores = report.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of report.results) {
      expect(Object.keys(r.role).sort()).toEqual(['domain', 'id', 'seniority', 'title']);
      expect(r.role.domain).toBe(r.domain.id);
      expect(Object.keys(r.domain).sort()).toEqual(['etr', 'euAiAct', 'id', 'name', 'tier']);
      expect(['critical', 'strict', 'guarded', 'tolerant', 'open']).toContain(r.domain.tier);
      // T = w·(S, R, N), up to the rounding of each number to 4 decimals.
      const { skill, risk, interest } = r.components;
      expect(Math.abs(r.score - (report.weights.skill * skill + report.weights.risk * risk + report.weights.interest * interest))).toBeLessThan(3e-4);
      expect(['ready', 'stretch', 'long-shot']).toContain(r.readiness);
      expect(r.stability).toBeGreaterThanOrEqual(0);
      expect(r.stability).toBeLessThanOrEqual(1);
      for (const g of [...r.gaps, ...r.redFlags, ...r.strengths]) expect(Object.keys(g).sort()).toEqual(['essential', 'have', 'impliedBy', 'importance', 'name', 'need', 'skill']);
      for (const g of r.gaps) expect(g.have).toBeLessThan(g.need);
      for (const s of r.strengths) expect(s.have).toBeGreaterThanOrEqual(s.need);
      const priority = r.gaps.map((g) => g.importance * (g.need - g.have));
      expect(priority).toEqual([...priority].sort((a, b) => b - a));
      expect(r.redFlags).toEqual(r.gaps.filter((g) => g.essential && g.have <= g.need - 2));
      if (r.readiness === 'ready') expect(r.gaps.filter((g) => g.essential)).toEqual([]);
      if (r.redFlags.length > 0) expect(r.readiness).toBe('long-shot');
      expect(r.explanation).toContain(`Skill fit ${pct(skill)} (${r.strengths.length} of ${r.strengths.length + r.gaps.length} requirements met)`);
      expect(r.riskSentence).toMatch(/tolerates ≤ [\d.]+% unreviewed errors; you prefer about /);
      expect(r.strategies.length).toBeGreaterThan(0);
      expect(r.portfolioProject.length).toBeGreaterThan(40);
      expect(['growing', 'stable', 'shrinking']).toContain(r.outlook.trend);
    }
  });

  it('text: the header names the person, the comfort band and the weights', () => {
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe(`Career paths for ${want().name}`);
    const header = collapse(text.stdout.split('\n\n')[0]!);
    expect(header).toContain(`risk appetite ${want().appetite}: comfortable where about ${want().preferred} of consequential AI errors go unreviewed (risk fit ≥ 50% from ${want().band})`);
    expect(header).toContain(`weights skill ${want().weights[0].toFixed(2)} · risk ${want().weights[1].toFixed(2)} · interest ${want().weights[2].toFixed(2)}`);
    expect(header).toContain(`catalog built-in · 165 roles in 26 domains · ${want().considered} considered, top 10 shown`);
  });

  it('text: each result shows rank, title, readiness, domain and tier, components, gaps and the risk sentence', () => {
    const blocks = text.stdout.split('\n\n').filter((b) => /^\s+\d+ {2}\S/.test(b));
    expect(blocks).toHaveLength(10);
    report.results.forEach((r: ReportResult, i) => {
      const block = blocks[i]!;
      expect(block.split('\n')[0]).toMatch(new RegExp(`^\\s*${r.rank}  ${r.role.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  \\[${r.readiness}\\] (robust|sensitive) ${pct(r.stability)}$`));
      const flat = collapse(block);
      const etr = r.etr.source === 'role' ? `role ETR ${formatPercent(r.etr.value)} (${r.etr.tier})` : `ETR ${formatPercent(r.etr.value)}`;
      expect(flat).toContain(`${r.domain.name} · ${r.domain.tier} tier · ${etr} · ${r.role.seniority}`);
      expect(flat).toContain(`${Math.round(r.score * 100)} skill ${pct(r.components.skill)} · risk ${pct(r.components.risk)} · interest ${pct(r.components.interest)}`);
      const gaps = r.gaps.slice(0, 4).map(haveNeed);
      if (r.gaps.length > 4) gaps.push(`+${r.gaps.length - 4} more`);
      expect(flat).toContain(`gaps ${gaps.length > 0 ? gaps.join(' · ') : 'none: you meet every requirement'}`);
      if (r.redFlags.length > 0) expect(flat).toContain(`red flags ${r.redFlags.map(haveNeed).join(' · ')}`);
      else expect(flat).not.toContain('red flags');
      expect(flat).toContain(`risk ${r.riskSentence}`);
    });
  });

  it('markdown: walks each role along ETR → skills → strategies → portfolio project → outlook', () => {
    expect(markdown.stdout.startsWith(`# Career paths for ${escape(want().name)}\n`)).toBe(true);
    expect(markdown.stdout.match(/^\| \d+ \| /gm)).toHaveLength(10);
    const sections = markdown.stdout.split(/^(?=## \d+\. )/m).slice(1);
    expect(sections).toHaveLength(10);
    report.results.forEach((r, i) => {
      const section = sections[i]!;
      expect(section.split('\n')[0]).toBe(`## ${r.rank}. ${escape(r.role.title)}`);
      expect(section).toContain(`**score ${Math.round(r.score * 100)}**, **${r.readiness}**`);
      const steps = [
        '### The path',
        `1. **Error tolerance.** ${r.riskSentence.charAt(0).toUpperCase()}${r.riskSentence.slice(1)}.`,
        r.gaps.length > 0 ? `2. **Skills to build.** ${escape(r.gaps[0]!.name)}` : '2. **Skills.** You meet every requirement.',
        '3. **Strategies that keep errors within the ETR.**',
        ...r.strategies.map((s) => `   - ${escape(s)}`),
        `4. **Portfolio project.** ${escape(r.portfolioProject)}`,
        `5. **Outlook: ${r.outlook.trend}.** ${escape(r.outlook.reason)}`,
      ];
      const positions = steps.map((step) => section.indexOf(step));
      expect(positions.every((p) => p >= 0), `every step of ${r.role.id}`).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });
  });
});

describe('etr advise overrides and filters', () => {
  const quant = () => JSON.parse(etr(['advise', '--profile', example('quant'), '--format', 'json']).stdout) as Report;
  const withArgs = (...args: string[]) => {
    const result = etr(['advise', '--profile', example('quant'), '--format', 'json', ...args]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Report;
  };

  it('reads the profile from standard input with --profile -', () => {
    const file = etr(['advise', '--profile', example('quant')]);
    const stdin = etr(['advise', '--profile', '-'], { stdin: readFileSync(join(repoRoot, example('quant')), 'utf8') });
    expect(stdin.code).toBe(0);
    expect(stdin.stderr).toBe('');
    expect(stdin.stdout).toBe(file.stdout);
  });

  it('--top and --domain limit the results and the roles considered', () => {
    const report = withArgs('--top', '3', '--domain', 'medical', '--domain', 'legal');
    expect(report.filters).toEqual({ top: 3, domains: ['legal', 'medical'] });
    expect(report.results).toHaveLength(3);
    expect(report.considered).toBe(20);
    for (const r of report.results) expect(['legal', 'medical']).toContain(r.domain.id);
    const text = etr(['advise', '--profile', example('quant'), '--top', '2']);
    expect(text.stdout).toContain('165 considered, top 2 shown');
    expect(text.stdout.split('\n\n').filter((b) => /^\s+\d+ {2}\S/.test(b))).toHaveLength(2);
  });

  it('--risk replaces the appetite and moves the ranking', () => {
    const report = withArgs('--risk', 'very-high', '--top', '3');
    expect(report.profile).toMatchObject({ riskAppetite: 'very-high', preferredEtr: 0.3, comfortBand: { low: 0.03927, high: 1 } });
    // The quant's own first choice (credit risk, ETR 2%) falls to third behind looser roles.
    expect(report.results.map((r) => r.role.id)).toEqual(['alternative-data-quant-researcher', 'market-sentiment-data-scientist', 'credit-risk-ml-engineer']);
    expect(report.results[2]!.score).toBeLessThan(quant().results[0]!.score);
    expect(withArgs('--risk', '0.3%', '--top', '1').profile).toMatchObject({ riskAppetite: null, preferredEtr: 0.003 });
  });

  it('--weights replaces the weights: with skill only, every score is the skill fit', () => {
    const report = withArgs('--weights', 'skill=1,risk=0,interest=0');
    expect(report.weights).toEqual({ skill: 1, risk: 0, interest: 0 });
    for (const r of report.results) expect(r.score).toBe(r.components.skill);
    const fits = report.results.map((r) => r.components.skill);
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
  });

  it('--set raises a skill for this run only', () => {
    const before = quant();
    const report = withArgs('--set', 'NLP=5');
    expect(before.profile.skills.nlp).toBe(2);
    expect(report.profile.skills.nlp).toBe(5);
    const id = 'alternative-data-quant-researcher';
    const was = before.results.find((r) => r.role.id === id)!;
    const now = report.results.find((r) => r.role.id === id)!;
    expect(was.gaps.map((g) => g.skill)).toContain('nlp');
    expect(now.gaps.map((g) => g.skill)).not.toContain('nlp');
    expect(now.components.skill).toBeGreaterThan(was.components.skill);
    expect(now.score).toBeGreaterThan(was.score);
  });

  it('gives byte-identical output for the same input', () => {
    for (const format of ['text', 'json', 'markdown']) {
      const args = ['advise', '--profile', example('teacher'), '--format', format];
      expect(runEtr(args).stdout).toBe(etr(args).stdout);
    }
  });
});

describe('etr advise on bad input', () => {
  it.each([
    ['unknown-key', 3, 1, 'unknown key "favouriteColour" (unknown-key)'],
    ['level-7', 5, 15, 'skills.statistics: 7 is not a skill level (invalid-level)'],
  ])('%s.yaml: exit 1 with the located problem and no stack trace', (fixture, line, column, message) => {
    const path = `test/fixtures/profiles/${fixture}.yaml`;
    const result = etr(['advise', '--profile', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${path}:${line}:${column} error ${message}`);
    expect(result.stderr).toMatch(/^\s+\|\s+\^/m);
    expect(result.stderr).toContain('hint:');
    expect(result.stderr).not.toContain('    at ');
  });

  it('a missing profile file is a usage error: exit 2', () => {
    const result = etr(['advise', '--profile', 'test/fixtures/profiles/no-such-profile.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('test/fixtures/profiles/no-such-profile.yaml: no such file');
    expect(result.stderr).not.toContain('    at ');
  });

  it('an unknown skill is a warning on stderr (exit 0), and an error with --strict (exit 1)', () => {
    const path = 'test/fixtures/profiles/unknown-skill.yaml';
    const warned = etr(['advise', '--profile', path, '--top', '1']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(`${path}:4:3 warning unknown skill "pyhton"`);
    expect(warned.stderr).toContain('did you mean "Python"?');
    expect(warned.stdout).toMatch(/^Career paths for Typo\n/);
    const json = etr(['advise', '--profile', path, '--top', '1', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).warnings).toEqual([expect.objectContaining({ code: 'unknown-skill', severity: 'warning', file: path, line: 4, column: 3 })]);
    const strict = etr(['advise', '--profile', path, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain(`${path}:4:3 error unknown skill "pyhton"`);
    expect(strict.stderr).not.toContain('    at ');
  });

  it('--compare without an override is a usage error', () => {
    const result = etr(['advise', '--profile', example('teacher'), '--compare']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--compare needs something to compare');
  });
});

describe('etr advise colour', () => {
  const args = ['advise', '--profile', example('copywriter'), '--top', '3'];

  it('colours text with FORCE_COLOR=1, and the layout does not change', () => {
    const coloured = etr(args, { env: { FORCE_COLOR: '1' } });
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toMatch(ansi);
    expect(coloured.stdout.replace(/\u001b\[\d+(;\d+)*m/g, '')).toBe(etr(args).stdout);
  });

  it('never colours with NO_COLOR, with --no-color, or in machine formats', () => {
    const plain = etr(args).stdout;
    for (const result of [
      etr(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
      etr(['--no-color', ...args], { env: { FORCE_COLOR: '1' } }),
      etr([...args, '--no-color'], { env: { FORCE_COLOR: '1' } }),
    ]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(plain);
    }
    for (const format of ['json', 'markdown']) expect(etr([...args, '--format', format], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
  });
});

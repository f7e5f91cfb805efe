import { describe, expect, it } from 'vitest';
import { runEtr, type RunResult } from '../helpers/run-etr.js';

const catalogArg = (name: string) => `test/fixtures/catalogs/${name}`;

function expectClean(result: RunResult): void {
  expect(result.stderr).not.toContain('    at ');
  expect(result.stdout + result.stderr).not.toMatch(/\u001b\[/);
}

function json(args: string[]): unknown[] {
  const result = runEtr(args);
  expectClean(result);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const parsed = JSON.parse(result.stdout);
  expect(Array.isArray(parsed)).toBe(true);
  return parsed;
}

describe('etr catalog on the built-in catalog', () => {
  it('lists domains as a table, strictest first', () => {
    const result = runEtr(['catalog', 'domains']);
    expectClean(result);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+ETR\s+TIER\s+EU AI ACT\s+NAME$/);
    expect(lines.length).toBeGreaterThanOrEqual(13);
    expect(result.stdout).toMatch(/^medical\s+[\d.]+%\s+strict\s+high\s/m);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('lists domains as JSON with id, name, etr, tier and euAiAct', () => {
    const domains = json(['catalog', 'domains', '--format', 'json']) as Record<string, unknown>[];
    expect(domains.length).toBeGreaterThanOrEqual(12);
    for (const domain of domains) {
      expect(Object.keys(domain)).toEqual(['id', 'name', 'etr', 'tier', 'euAiAct']);
      expect(domain.etr).toBeTypeOf('number');
    }
    expect(domains.map((d) => d.id)).toContain('medical');
  });

  it('lists roles as JSON with id, title, domain and seniority', () => {
    const roles = json(['catalog', 'roles', '--format', 'json']) as Record<string, unknown>[];
    expect(roles.length).toBeGreaterThanOrEqual(45);
    for (const role of roles) expect(Object.keys(role)).toEqual(['id', 'title', 'domain', 'seniority']);
    const ids = roles.map((r) => r.id as string);
    expect(ids).toEqual([...ids].sort());
  });

  it('lists skills as JSON with id, name, category and aliases', () => {
    const skills = json(['catalog', 'skills', '--format', 'json']) as Record<string, unknown>[];
    expect(skills.length).toBeGreaterThanOrEqual(45);
    for (const skill of skills) {
      expect(Object.keys(skill)).toEqual(['id', 'name', 'category', 'aliases']);
      expect(Array.isArray(skill.aliases)).toBe(true);
    }
  });

  it('lists roles and skills as tables', () => {
    const roles = runEtr(['catalog', 'roles']);
    expect(roles.code).toBe(0);
    expect(roles.stdout.split('\n')[0]).toMatch(/^ID\s+DOMAIN\s+SENIORITY\s+TITLE$/);
    const skills = runEtr(['catalog', 'skills']);
    expect(skills.code).toBe(0);
    expect(skills.stdout.split('\n')[0]).toMatch(/^ID\s+CATEGORY\s+NAME\s+ALIASES$/);
  });
});

describe('etr catalog --catalog DIR', () => {
  it('lists a user catalog', () => {
    expect(json(['catalog', 'domains', '--catalog', catalogArg('valid-minimal'), '--format', 'json'])).toEqual([
      { id: 'content', name: 'Content creation', etr: 0.25, tier: 'open', euAiAct: 'limited' },
      { id: 'medical', name: 'Medical diagnosis', etr: 0.005, tier: 'strict', euAiAct: 'high' },
    ]);
    expect(json(['catalog', 'roles', '--catalog', catalogArg('valid-minimal'), '--format', 'json'])).toEqual([
      { id: 'clinical-nlp-engineer', title: 'Clinical NLP Engineer', domain: 'medical', seniority: 'mid' },
      { id: 'medical-ai-validation-specialist', title: 'Medical AI Validation Specialist', domain: 'medical', seniority: 'senior' },
      { id: 'prompt-engineer', title: 'Prompt Engineer', domain: 'content', seniority: 'entry' },
    ]);
  });

  it('lists a catalog with warnings, and shows the warnings on stderr', () => {
    const result = runEtr(['catalog', 'skills', '--catalog', catalogArg('unused-skill'), '--format', 'json']);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((s: { id: string }) => s.id)).toContain('speech-synthesis');
    expect(result.stderr).toContain(`${catalogArg('unused-skill')}/skills.yaml:18:9 warning`);
  });

  it('refuses an invalid catalog: exit 1, the problems on stderr, nothing on stdout', () => {
    const result = runEtr(['catalog', 'domains', '--catalog', catalogArg('tier-mismatch')]);
    expectClean(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${catalogArg('tier-mismatch')}/domains.yaml:5:11 error`);
  });

  it('a missing directory exits 2', () => {
    const result = runEtr(['catalog', 'roles', '--catalog', 'no/such/catalog']);
    expectClean(result);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('does not exist');
  });
});

describe('etr catalog usage errors', () => {
  it('an invalid kind exits 2 and lists the kinds', () => {
    const result = runEtr(['catalog', 'domain']);
    expectClean(result);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('domains, roles, skills');
  });

  it('a missing kind exits 2', () => {
    const result = runEtr(['catalog']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing required argument 'kind'");
  });

  it('a format it does not offer exits 2', () => {
    const result = runEtr(['catalog', 'roles', '--format', 'github']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});

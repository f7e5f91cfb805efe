import { beforeAll, describe, expect, it } from 'vitest';
import { runEtr, type RunResult } from '../helpers/run-etr.js';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('etr show clinical-nlp-engineer', () => {
  let text: RunResult;
  let json: RunResult;
  let details: {
    id: string;
    title: string;
    domain: { id: string; name: string; etr: number; tier: string; references: { title: string; url: string }[] };
    etr: { value: number; tier: string; source: string; reason: string | null };
    strategies: string[];
    skills: { skill: string; name: string; level: number; importance: number; essential: boolean }[];
    portfolioProject: string;
    outlook: { trend: string; reason: string };
    related: { id: string; title: string }[];
  };

  beforeAll(() => {
    text = runEtr(['show', 'clinical-nlp-engineer']);
    json = runEtr(['show', 'clinical-nlp-engineer', '--format', 'json']);
    details = JSON.parse(json.stdout);
  });

  it('exits 0 with nothing on stderr', () => {
    for (const result of [text, json]) {
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
    }
  });

  it('json: names the role, its domain with the ETR, and its requirements', () => {
    expect(details).toMatchObject({ id: 'clinical-nlp-engineer', title: 'Clinical NLP Engineer', seniority: 'mid' });
    expect(details.domain).toMatchObject({ id: 'medical', name: 'Medical diagnosis and clinical documentation', etr: 0.005, tier: 'strict' });
    expect(details.etr).toEqual({ value: 0.005, tier: 'strict', source: 'domain', reason: null });
    expect(details.domain.references.length).toBeGreaterThanOrEqual(1);
    expect(details.skills.filter((s) => s.essential).map((s) => s.skill)).toEqual(['python', 'information-extraction', 'clinical-knowledge']);
    expect(details.skills).toContainEqual(expect.objectContaining({ skill: 'python', name: 'Python', level: 4, importance: 4, essential: true }));
  });

  it('text: prints the domain, ETR, references, strategies, skills, project and outlook, in that order', () => {
    const out = text.stdout;
    const headings = [
      'Clinical NLP Engineer (clinical-nlp-engineer, mid, O*NET 15-2051.00, ISCO-08 2511)',
      'Domain: Medical diagnosis and clinical documentation',
      'The domain tolerates at most 0.5% unreviewed consequential errors (strict tier; EU AI Act: high',
      'References',
      'Strategies that keep errors within the ETR',
      'Skill requirements (* essential)',
      'Portfolio project',
      'Outlook: growing',
      'Related roles',
    ];
    const positions = headings.map((h) => out.indexOf(h));
    expect(positions.every((p) => p >= 0), positions.join(',')).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const flat = collapse(out);
    for (const reference of details.domain.references) expect(flat).toContain(collapse(`- ${reference.title} — ${reference.url}`));
    for (const strategy of details.strategies) expect(flat).toContain(collapse(`- ${strategy}`));
    expect(out).toMatch(/^\s+Python\*\s+4 proficient\s+4\/5$/m);
    expect(out).toMatch(/^\s+Information extraction\*\s+4 proficient\s+5\/5$/m);
    expect(flat).toContain(collapse(details.portfolioProject));
    expect(flat).toContain(collapse(details.outlook.reason));
    expect(flat).toContain('Medical AI Validation Specialist (medical-ai-validation-specialist)');
  });

  it("names a role's own ETR and its reason when it overrides the domain's", () => {
    const result = runEtr(['show', 'ai-content-editor-fact-checker']);
    expect(result.code).toBe(0);
    expect(collapse(result.stdout)).toContain("This role works under an ETR of 5% (guarded tier), against its domain's 25%:");
  });
});

describe('etr show with an unknown role', () => {
  it('is a usage error (exit 2) with a did-you-mean suggestion', () => {
    const result = runEtr(['show', 'clinical-nlp-enginer']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no role "clinical-nlp-enginer" in the catalog');
    expect(result.stderr).toContain('did you mean "clinical-nlp-engineer"?');
    expect(result.stderr).not.toContain('    at ');
  });

  it('points to the role list when nothing is close', () => {
    const result = runEtr(['show', 'zzzz-qqqq']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('etr catalog roles');
    expect(result.stderr).not.toContain('did you mean');
  });
});

describe('etr show with occupation codes and an AI Act override', () => {
  const catalog = ['--catalog', 'test/fixtures/catalogs/with-codes'];

  it('prints the O*NET and ISCO-08 codes, the note that they are approximate, and the role\'s own AI Act class', () => {
    const result = runEtr(['show', 'prompt-engineer', ...catalog]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Prompt Engineer (prompt-engineer, entry, O*NET 15-1299.08, ISCO-08 2519)');
    expect(collapse(result.stdout)).toContain('Occupation codes: No occupation lists prompt engineers yet; the nearest are computer systems engineers.');
    expect(collapse(result.stdout)).toContain('EU AI Act: minimal risk for this role, where its domain is limited: Drafting marketing copy');
    expect(collapse(result.stdout)).toContain('[checked 2026-12]');
  });

  it('carries them in JSON', () => {
    const details = JSON.parse(runEtr(['show', 'prompt-engineer', ...catalog, '--format', 'json']).stdout);
    expect(details).toMatchObject({
      onet: '15-1299.08',
      isco: '2519',
      codeNote: expect.stringContaining('prompt engineers'),
      euAiAct: { class: 'minimal', source: 'role', reason: expect.stringContaining('Annex III') },
    });
    expect(details.domain.references[0].asOf).toBe('2026-12');
  });

  it('says null where a role gives no codes, and the domain\'s AI Act class as the role\'s', () => {
    const details = JSON.parse(runEtr(['show', 'prompt-engineer', '--catalog', 'test/fixtures/catalogs/valid-minimal', '--format', 'json']).stdout);
    expect(details).toMatchObject({ onet: null, isco: null, codeNote: null, euAiAct: { class: 'limited', source: 'domain', reason: null } });
  });
});

describe('etr show: where to learn each skill', () => {
  it('gives, for each required skill, the estimated hours from none to the level asked and its resources', () => {
    const details = JSON.parse(runEtr(['show', 'clinical-ai-rater', '--format', 'json']).stdout);
    const catalog = JSON.parse(runEtr(['catalog', 'skills', '--format', 'json']).stdout) as { id: string }[];
    expect(catalog.length).toBeGreaterThan(0);
    for (const s of details.skills) {
      expect(s.learn, s.skill).not.toBeNull();
      expect(s.learn.resources.length, s.skill).toBeGreaterThanOrEqual(1);
      for (const r of s.learn.resources) expect(r.url, s.skill).toMatch(/^https:\/\//);
    }
    const rating = details.skills.find((s: { skill: string }) => s.skill === 'ai-output-rating');
    expect(rating.learn.hoursToLevel).toBeGreaterThan(0);
    const text = runEtr(['show', 'clinical-ai-rater']).stdout;
    expect(text).toContain('Where to learn (hours from none to the level asked: estimates)');
    expect(collapse(text)).toContain(`AI output rating to ${rating.level} ${['', 'novice', 'advanced-beginner', 'competent', 'proficient', 'expert'][rating.level]}: about ${rating.learn.hoursToLevel} h`);
    expect(text.indexOf('Where to learn')).toBeLessThan(text.indexOf('Portfolio project'));
  });

  it('adds up the catalog\'s hours per level up to the level asked, and says null for a skill with no resources', () => {
    const result = runEtr(['show', 'prompt-engineer', '--catalog', 'test/fixtures/catalogs/with-learning', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('skill-without-resources');
    const skills = JSON.parse(result.stdout).skills as { skill: string; level: number; learn: { hoursToLevel: number } | null }[];
    // Python at level 2: 10 + 20 hours of [10, 20, 40, 80, 160].
    expect(skills.find((s) => s.skill === 'python')).toMatchObject({ level: 2, learn: { hoursToLevel: 30 } });
    expect(skills.find((s) => s.skill === 'prompt-engineering')!.learn).toBeNull();
  });
});

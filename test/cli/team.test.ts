import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishWords } from '../helpers/english-words.js';
import { assertValid } from '../helpers/json-schema.js';
import { fixture, repoRoot, runEtr } from '../helpers/run-etr.js';

/** The example profiles as JSON lines, each a few times over with other names: a small team. */
function examplePeople(): object[] {
  const dir = join(repoRoot, 'data', 'examples');
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>);
  return [0, 1, 2].flatMap((round) => examples.map((e, i) => ({ ...e, name: `Member ${round * examples.length + i + 1}` })));
}

interface TeamJson {
  profiles: number;
  failed: number;
  best: Record<string, number>;
  roles: { role: string; ready: number; stretch: number; longShot: number }[];
  leverage: { skill: string; toReady: number; toStretch: number; hours: number | null }[];
  skills: { skill: string; levels: number[] }[];
  people: { index: number; name: string | null; top: unknown[] }[] | null;
}

let dir: string;
let jsonl: string;
let people: object[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'etr-team-'));
  people = examplePeople();
  jsonl = join(dir, 'team.jsonl');
  writeFileSync(jsonl, people.map((p) => JSON.stringify(p)).join('\n') + '\n');
});

describe('etr team --batch', () => {
  it('writes a JSON aggregate that fits schema/team.schema.json, with whole counts that add up', () => {
    const result = runEtr(['team', '--batch', jsonl, '--format', 'json', '--top', '5']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as TeamJson;
    assertValid('team', report, 'etr team --format json');
    expect(report.profiles).toBe(people.length);
    expect(report.failed).toBe(0);
    expect(Object.values(report.best).reduce((a, b) => a + b, 0)).toBe(people.length);
    // Five roles a person: every place of every top counted once.
    expect(report.roles.reduce((sum, r) => sum + r.ready + r.stretch + r.longShot, 0)).toBe(5 * people.length);
    for (const s of report.skills) expect(s.levels.reduce((a, b) => a + b, 0)).toBe(people.length);
    expect(report.leverage.length).toBeGreaterThan(0);
    expect(report.people).toBeNull();
  });

  it('reads a YAML stream from standard input as advise --batch does, and says what it shows in text and markdown', () => {
    const stream = people.map((p) => stringify(p)).join('---\n');
    const text = runEtr(['team', '--batch', '-'], { stdin: stream });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Team view\n${people.length} people, top 10 roles each`);
    for (const heading of ['Best readiness', 'Roles', 'Domains', 'Team leverage', 'Skill coverage', 'Needed by roles, held by nobody']) expect(text.stdout).toContain(`\n${heading}\n`);
    const markdown = runEtr(['team', '--batch', jsonl, '--format', 'markdown']);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toMatch(/^# Team view\n/);
    expect(markdown.stdout).toContain('## Team leverage\n');
    expect(markdown.stdout).toContain('| Skill | To ready | To stretch | Hours |');
  });

  it('with --people lists each person\'s top 3, by index only with --anonymize', () => {
    const named = runEtr(['team', '--batch', jsonl, '--people', '--format', 'json']);
    expect(named.code, named.stderr).toBe(0);
    const report = JSON.parse(named.stdout) as TeamJson;
    expect(report.people!.map((p) => p.name)).toEqual(people.map((p) => (p as { name: string }).name));
    expect(report.people!.every((p) => p.top.length === 3)).toBe(true);
    const anonymous = runEtr(['team', '--batch', jsonl, '--people', '--anonymize']);
    expect(anonymous.code, anonymous.stderr).toBe(0);
    expect(anonymous.stdout).toContain('Person 1 ');
    expect(anonymous.stdout).not.toContain('Member');
    const alone = runEtr(['team', '--batch', jsonl, '--anonymize']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--anonymize goes with --people');
  });

  it('counts a profile it cannot read as failed, names it on stderr and exits 1', () => {
    const file = join(dir, 'one-bad.jsonl');
    writeFileSync(file, `${JSON.stringify(people[0])}\n{"name": "Broken", "skills": \n${JSON.stringify(people[1])}\n`);
    const result = runEtr(['team', '--batch', file, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('one-bad.jsonl:2');
    expect(result.stderr).toContain('1 profile could not be read');
    const report = JSON.parse(result.stdout) as TeamJson;
    expect([report.profiles, report.failed]).toEqual([2, 1]);
  });

  it('speaks Chinese with --lang zh, in text, markdown and JSON names', () => {
    const userWords = people.flatMap((p) => [JSON.stringify(p)]);
    for (const format of ['text', 'markdown']) {
      const result = runEtr(['team', '--batch', jsonl, '--lang', 'zh', '--people', '--format', format]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('团队视图');
      expect(englishWords(result.stdout, userWords)).toEqual([]);
    }
  });
});

describe('etr team --merge', () => {
  it('refuses parts made with other options or another catalog, saying which and what to do', () => {
    const part = (name: string, args: string[]) => {
      const result = runEtr(['team', '--batch', jsonl, '--format', 'json', ...args]);
      expect(result.code, result.stderr).toBe(0);
      writeFileSync(join(dir, name), result.stdout);
      return join(dir, name);
    };
    const a = part('a.json', ['--top', '5']);
    const b = part('b.json', ['--top', '3']);
    const options = runEtr(['team', '--merge', a, b]);
    expect(options.code).toBe(1);
    expect(options.stderr).toContain('b.json');
    expect(options.stderr).toContain('made with other options than');
    const other = join(dir, 'other-catalog.json');
    writeFileSync(other, readFileSync(a, 'utf8').replace(/"digest": "sha256:[0-9a-f]+"/, `"digest": "sha256:${'0'.repeat(64)}"`));
    const catalog = runEtr(['team', '--merge', a, other]);
    expect(catalog.code).toBe(1);
    expect(catalog.stderr).toContain('made with another catalog than');
    const elsewhere = runEtr(['team', '--merge', a, '--catalog', fixture('valid-minimal')]);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain('pass --catalog DIR, the catalog the parts were made with');
    const notTeam = join(dir, 'not-team.json');
    writeFileSync(notTeam, '{"schemaVersion": 1}');
    const wrong = runEtr(['team', '--merge', notTeam]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('not a team aggregate');
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, readFileSync(a, 'utf8').replace(/"role": "[a-z0-9-]+"/, '"role": "no-such-role"'));
    const unknown = runEtr(['team', '--merge', a, edited]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('edited.json');
    expect(unknown.stderr).toContain('no-such-role is not in the catalog the file names');
    const flags = runEtr(['team', '--merge', a, '--top', '5']);
    expect(flags.code).toBe(2);
    expect(flags.stderr).toContain('--merge does not combine with --top');
  });
});

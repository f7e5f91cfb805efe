import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertValid } from '../helpers/json-schema.js';
import { hasScript, ptySession } from '../helpers/pty.js';
import { etrBinary, runEtr } from '../helpers/run-etr.js';
import { workDir } from '../helpers/work-dir.js';

const { dir } = workDir('interview');
const down = '\u001b[B';
const up = '\u001b[A';
const enter = '\r';
const space = ' ';

describe('etr init --interview without a terminal', () => {
  it('is a usage error that points to init --out, and writes nothing', () => {
    const result = runEtr(['init', '--interview', '--out', 'me.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error: etr init --interview asks its questions on a terminal, and there is none');
    expect(result.stderr).toContain('hint: write a starter profile to edit instead: etr init --out me.yaml');
    expect(existsSync(join(dir, 'me.yaml'))).toBe(false);
  });

  it('writes a file, never standard output', () => {
    const run = runEtr(['init', '--interview', '--out', '-'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('error: etr init --interview writes a file, not standard output');
  });
});

describe.skipIf(!hasScript)('etr init --interview on a pseudo-terminal', () => {
  const command = (out: string) => `${JSON.stringify(process.execPath)} ${JSON.stringify(etrBinary)} init --interview --out ${out}`;

  it('asks, explains the preferred ETR, and writes a profile that passes advise --strict', async () => {
    const session = ptySession(command('ada.yaml'), { cwd: dir });
    await session.step('Your name', `Ada Test${enter}`);
    await session.step('Years of work experience', `x${enter}`);
    await session.step('a whole number from 0 to 70', `\u007f7${enter}`);
    await session.step('Your current role', `AI Copywriter${enter}`);
    // Five scenarios, each starting at the medium option: medium, high, medium, low, medium.
    await session.step('An AI writes 100 texts a day', enter);
    await session.step('An AI assistant answers', `${down}${enter}`);
    await session.step('AI summaries of long documents', enter);
    await session.step('put your own name to', `${up}${enter}`);
    await session.step('What part do you want to play', enter);
    await session.step('Domains you would like to work in', `${space}${down}${space}${enter}`);
    await session.step('Areas you have skills in', `${space}${enter}`);
    await session.step('Your foundations skills', `${space}${down}${space}${enter}`);
    await session.step(/Your level in [^\n]*\n[\s\S]*competent: delivers a whole piece of work alone/, `${down}${enter}`);
    await session.step('Your level in', enter);
    expect(await session.exit).toBe(0);
    const screen = session.output();
    expect(screen).toMatch(/Your answers put your preferred ETR at 2\.8% \(medium\): you want work where few AI errors may pass unreviewed/);
    expect(screen).toContain('wrote ada.yaml; see your career paths: etr advise --profile ada.yaml');

    const text = readFileSync(join(dir, 'ada.yaml'), 'utf8');
    const profile = parse(text) as Record<string, unknown>;
    assertValid('profile', profile, 'the interview profile');
    expect(profile).toMatchObject({ name: 'Ada Test', experienceYears: 7, currentRole: 'ai-copywriter', preferredEtr: 0.028 });
    expect(profile.riskAppetite).toBeUndefined();
    expect((profile.interests as string[]).length).toBe(2);
    expect(Object.values(profile.skills as Record<string, number>).sort()).toEqual([2, 3]);
    expect(text).toMatch(/^# Your answers put your preferred ETR at 2\.8% \(medium\)/m);
    const advise = runEtr(['advise', '--profile', 'ada.yaml', '--strict', '--top', '3'], { cwd: dir });
    expect(advise.stderr).toBe('');
    expect(advise.code).toBe(0);
    expect(advise.stdout).toContain('Career paths for Ada Test');
  }, 60_000);

  it('writes nothing when cancelled, and exits 130', async () => {
    const session = ptySession(command('cancelled.yaml'), { cwd: dir });
    await session.step('Your name', `Bo${enter}`);
    await session.step('Years of work experience', '\u0003');
    expect(await session.exit).toBe(130);
    expect(session.output()).toContain('Interview cancelled; nothing written.');
    expect(existsSync(join(dir, 'cancelled.yaml'))).toBe(false);
  }, 30_000);

  it('refuses an existing file before the first question', async () => {
    writeFileSync(join(dir, 'kept.yaml'), 'name: Kept\n');
    const session = ptySession(command('kept.yaml'), { cwd: dir });
    expect(await session.exit).toBe(2);
    expect(session.output()).toContain('kept.yaml exists; not overwritten');
    expect(session.output()).not.toContain('Your name');
    expect(readFileSync(join(dir, 'kept.yaml'), 'utf8')).toBe('name: Kept\n');
  }, 30_000);
});

// `npm run bench`: measures etr against baselines run side by side in the same loop, so machine
// noise hits both alike, and prints each figure as a ratio of medians with its goal. Exits 1 when
// a goal is missed. Not a test: it is kept out of `npm test` and of CI's verdict.
//
//   node bench/run.mjs [--runs N] [--only startup|batch|scale]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinCatalog, generateCatalog, generateProfiles } from './generate.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const runs = Number(option('runs', 25));
const only = option('only', undefined);
const etr = join(import.meta.dirname, '..', 'dist', 'etr.js');
if (!existsSync(etr)) {
  console.error('bench: dist/etr.js is missing; run `npm run build` first');
  process.exit(2);
}
const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'etr-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function time(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !command.allowFailure) throw new Error(`${command.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return ms;
}

/** Runs every command once per round, in turn, for `rounds` rounds; returns each one's median. */
function medians(commands, rounds) {
  const samples = commands.map(() => []);
  for (const command of commands) time(command); // warm the file cache
  for (let round = 0; round < rounds; round++) commands.forEach((command, i) => samples[i].push(time(command)));
  return samples.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)]);
}

const results = [];
function report(name, ms, baselineName, baselineMs, goal) {
  const ratio = ms / baselineMs;
  results.push({ name, ratio, goal, ok: ratio <= goal });
  console.log(`${ratio <= goal ? 'ok  ' : 'MISS'}  ${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms  / ${baselineName.padEnd(26)} ${baselineMs.toFixed(1).padStart(8)} ms  = ${ratio.toFixed(2)}×  (goal ≤ ${goal}×)`);
}

if (!only || only === 'startup') {
  console.log(`start-up: median of ${runs} interleaved runs each`);
  const catalogCopy = join(work, 'catalog');
  cpSync(builtinCatalog, catalogCopy, { recursive: true });
  const baseline = [node, '-e', '0'];
  const [base, version, advise, validate] = medians(
    [baseline, [node, etr, '--version'], [node, etr, 'advise', '--profile', 'data/examples/quant.yaml'], [node, etr, 'validate', '--catalog', catalogCopy]],
    runs,
  );
  report('etr --version', version, 'node -e 0', base, 1.15);
  report('etr advise --profile data/examples/quant.yaml', advise, 'node -e 0', base, 1.35);
  report('etr validate --catalog <copy of data/catalog>', validate, 'node -e 0', base, 1.8);
}

if (!only || only === 'batch') {
  const count = 10000;
  // Half as many rounds as start-up (a round takes a third of a second), but enough for a median
  // that one slow run on a busy machine does not move.
  const rounds = Math.max(3, Math.round(runs / 2));
  console.log(`batch: ${count} profiles as JSON lines, median of ${rounds} interleaved runs`);
  const profiles = join(work, 'profiles.jsonl');
  await generateProfiles(profiles, { count });
  const [read, batch] = medians([[node, join(import.meta.dirname, 'read-jsonl.mjs'), profiles], [node, etr, 'advise', '--batch', profiles]], rounds);
  report(`etr advise --batch (${count} profiles)`, batch, 'read + JSON.parse each line', read, 2.2);
}

if (!only || only === 'scale') {
  console.log('scale: 10× the roles and skills, median of 3 runs each');
  const small = join(work, 'small');
  const large = join(work, 'large');
  generateCatalog(small, { roles: 1000, skills: 500 });
  generateCatalog(large, { roles: 10000, skills: 5000 });
  const profile = join(work, 'synthetic-profile.yaml');
  writeFileSync(profile, 'name: Synthetic\nriskAppetite: medium\nskills:\n  skill-00001: 3\n  skill-00002: 4\n  skill-00003: 2\n  skill-00250: 5\n');
  const [validateSmall, validateLarge, adviseSmall, adviseLarge] = medians(
    [
      [node, etr, 'validate', '--catalog', small],
      [node, etr, 'validate', '--catalog', large],
      [node, etr, 'advise', '--catalog', small, '--profile', profile],
      [node, etr, 'advise', '--catalog', large, '--profile', profile],
    ],
    3,
  );
  report('etr validate, 10,000 roles / 5,000 skills', validateLarge, '1,000 roles / 500 skills', validateSmall, 12);
  report('etr advise, 10,000 roles / 5,000 skills', adviseLarge, '1,000 roles / 500 skills', adviseSmall, 12);
}

const missed = results.filter((r) => !r.ok);
console.log(missed.length === 0 ? `\nall ${results.length} goals met` : `\n${missed.length} of ${results.length} goals missed: ${missed.map((r) => r.name).join('; ')}`);
process.exitCode = missed.length === 0 ? 0 : 1;

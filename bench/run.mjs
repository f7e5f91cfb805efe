// `npm run bench`: measures etr against baselines run side by side in the same loop, so machine
// noise hits both alike, and prints each figure as a ratio of medians with its goal. Exits 1 when
// a goal is missed. Not a test: it is kept out of `npm test` and of CI's verdict.
//
//   node bench/run.mjs [--runs N] [--only startup|batch|scale|team] [--team-large N]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinCatalog, generateCatalog, generateProfiles, writeProfiles } from './generate.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const runs = Number(option('runs', 25));
const only = option('only', undefined);
const large = Number(option('team-large', 1000000));
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
function report(name, ms, baselineName, baselineMs, goal, unit = (value) => `${value.toFixed(1).padStart(8)} ms`) {
  const ratio = ms / baselineMs;
  results.push({ name, ratio, goal, ok: ratio <= goal });
  console.log(`${ratio <= goal ? 'ok  ' : 'MISS'}  ${name.padEnd(44)} ${unit(ms)}  / ${baselineName.padEnd(26)} ${unit(baselineMs)}  = ${ratio.toFixed(2)}×  (goal ≤ ${goal}×)`);
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

if (!only || only === 'team') {
  // etr team does what advise --batch does for each person, then counts instead of writing a
  // line: the ratio is what the counting costs. Then its peak memory, which must not grow with
  // the number of people: profiles streamed to its standard input, so the input is no file.
  const count = 100000;
  const rounds = Math.max(1, Math.round(runs / 8));
  console.log(`team: ${count} profiles as JSON lines, median of ${rounds} interleaved runs; peak memory at 10,000 and ${large.toLocaleString('en')} profiles`);
  const profiles = join(work, 'team-profiles.jsonl');
  await generateProfiles(profiles, { count });
  const [advise, team] = medians([[node, etr, 'advise', '--batch', profiles], [node, etr, 'team', '--batch', profiles]], rounds);
  report(`etr team --batch (${count} profiles)`, team, 'etr advise --batch, same input', advise, 1.3);
  const small = await teamPeak(10000);
  const big = await teamPeak(large);
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1).padStart(8)} MB`;
  // Flat means bounded, not equal: V8 lets its heap grow with the volume allocated before it
  // settles (on 2026-12-03: 82 MB at 10,000, 112 MB at 100,000, 120 MB at 1,000,000 profiles,
  // as advise --batch does), while the counts themselves never grow (test/engine/team.test.ts).
  report(`etr team peak memory, ${large.toLocaleString('en')} profiles`, big, '10,000 profiles', small, 1.6, mb);
}

/** The peak resident memory of `etr team --batch -` over `count` generated profiles fed to its standard input. */
async function teamPeak(count) {
  const peakFile = join(work, `peak-${count}`);
  const child = spawn(node, ['--import', join(import.meta.dirname, 'peak-memory.mjs'), etr, 'team', '--batch', '-', '--format', 'json'], { stdio: ['pipe', 'ignore', 'inherit'], env: { ...process.env, ETR_BENCH_PEAK_FILE: peakFile } });
  const exited = new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`etr team exited with ${code}`)))));
  await writeProfiles(child.stdin, { count });
  child.stdin.end();
  await exited;
  return Number(readFileSync(peakFile, 'utf8'));
}

const missed = results.filter((r) => !r.ok);
console.log(missed.length === 0 ? `\nall ${results.length} goals met` : `\n${missed.length} of ${results.length} goals missed: ${missed.map((r) => r.name).join('; ')}`);
process.exitCode = missed.length === 0 ? 0 : 1;

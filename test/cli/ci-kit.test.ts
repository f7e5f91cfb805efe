import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { etrBinary, fixture, repoRoot } from '../helpers/run-etr.js';
import { codeScanningErrors, sarifSchemaErrors, type SarifLog } from '../helpers/sarif.js';
import { workDir } from '../helpers/work-dir.js';

/*
 * The CI kit run as CI runs it: the composite action's `run:` steps with bash (inputs substituted as
 * the runner does), the GitLab job's script, and the pre-commit hooks' entry, args and files, each as
 * the README's recipes configure them, against a repository with a catalog and profiles.
 */

const { dir: work } = workDir('ci-kit');

const goodProfile = 'name: Ada\nriskAppetite: medium\nskills:\n  python: 3\n  prompting: 2\n';
const badProfile = 'name: Typo\nriskAppetite: medium\nskills:\n  python: 7\n';

/** A repository: catalog/ (valid or broken), profiles/ (valid, or one with a bad level), and a YAML file that is neither. */
function repository(name: string, { brokenCatalog = false, badLevel = false } = {}): string {
  const root = join(work, name);
  cpSync(fixture(brokenCatalog ? 'out-of-range' : 'valid-minimal'), join(root, 'catalog'), { recursive: true });
  mkdirSync(join(root, 'profiles', 'team'), { recursive: true });
  writeFileSync(join(root, 'profiles', 'ada.yaml'), goodProfile);
  writeFileSync(join(root, 'profiles', 'team', 'bo.yaml'), goodProfile.replace('Ada', 'Bo'));
  if (badLevel) writeFileSync(join(root, 'profiles', 'typo.yaml'), badProfile);
  writeFileSync(join(root, 'docker-compose.yml'), 'services: {}\n');
  return root;
}

const good = repository('good');
const badProfileRepo = repository('bad-profile', { badLevel: true });
const badCatalogRepo = repository('bad-catalog', { brokenCatalog: true });

/** The environment of a CI job: the machine's, without colour settings leaking in. */
function ciEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', ...extra };
  delete env.NO_COLOR;
  delete env.ETR_DEBUG;
  delete env.ETR_LANG;
  return env;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The README's YAML recipe whose first line is `# <name>`. */
function recipe(name: string): Record<string, unknown> {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => text.startsWith(`# ${name}\n`));
  if (block === undefined) throw new Error(`README has no yaml recipe starting "# ${name}"`);
  return parse(block) as Record<string, unknown>;
}

// --- The GitHub Action ---------------------------------------------------------------------------

interface ActionStep {
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string; description: string }>;
  runs: { using: string; steps: ActionStep[] };
}
const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;

/**
 * Runs the action's shell steps as the runner would (`bash --noprofile --norc -eo pipefail`), the
 * `${{ inputs.* }}` and `${{ github.action_path }}` expressions replaced by their values, in the
 * repository `cwd`. Steps that use other actions (setup-node) are the runner's to do and are skipped.
 */
function runAction(given: Record<string, unknown>, cwd: string): Run {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(given[name] ?? input.default ?? '')]));
  const unknown = Object.keys(given).filter((name) => !(name in inputs));
  if (unknown.length > 0) throw new Error(`the action has no input ${unknown.join(', ')}`);
  const expand = (text: string) => {
    const expanded = text.replace(/\$\{\{\s*(?:inputs\.([\w-]+)|github\.action_path)\s*\}\}/g, (_, input?: string) => (input === undefined ? repoRoot : inputs[input]!));
    if (expanded.includes('${{')) throw new Error(`an expression the test does not know: ${text}`);
    return expanded;
  };
  let last: Run = { code: 0, stdout: '', stderr: '' };
  for (const step of action.runs.steps) {
    if (step.run === undefined) continue;
    expect(step.shell).toBe('bash');
    const env = ciEnv(Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expand(value)])));
    const stepCwd = step['working-directory'] === undefined ? cwd : expand(step['working-directory']);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run)], { cwd: stepCwd, env, encoding: 'utf8' });
    last = { code: result.status, stdout: result.stdout, stderr: result.stderr };
    if (result.status !== 0) break;
  }
  return last;
}

/** The inputs the README's workflow gives the action. */
function readmeActionInputs(): Record<string, unknown> {
  const workflow = recipe('.github/workflows/etr.yml') as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const step = steps.find((s) => s.uses?.startsWith('etr-cli/etr@'));
  expect(step).toBeDefined();
  // The upload step reads the file the action writes.
  const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
  expect(upload?.with?.sarif_file).toBe(step!.with!['sarif-file']);
  return step!.with!;
}

describe('action.yml', () => {
  it('is a composite action with the inputs the README documents', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['catalog', 'profiles', 'strict', 'format', 'sarif-file']);
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
  });

  it('never pastes an input into a script (a value with $( ) or quotes stays a value)', () => {
    for (const step of action.runs.steps) if (step.run !== undefined) expect(step.run).not.toContain('${{');
    const hostile = 'profiles/`id>pwned`$(id>pwned)"\'.yaml';
    const result = runAction({ profiles: hostile }, good);
    expect(existsSync(join(good, 'pwned'))).toBe(false);
    // No such file: etr says so (a usage error), naming it as given.
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(hostile);
    const noMatch = runAction({ profiles: 'people/**/*.yaml' }, good);
    expect(noMatch.code).toBe(2);
    expect(noMatch.stdout).toContain('::error title=etr::no profile file matches people/**/*.yaml');
  });

  it("passes a valid repository with the README's inputs, and writes SARIF with no results", () => {
    const result = runAction(readmeActionInputs(), good);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('::error');
    expect(result.stdout).toContain('catalog catalog is valid');
    expect(result.stdout).toContain('2 profiles checked against catalog catalog, all valid');
    const log = JSON.parse(readFileSync(join(good, 'etr.sarif'), 'utf8')) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('annotates a bad profile on its line and fails, with the problem in the SARIF file too', () => {
    const result = runAction(readmeActionInputs(), badProfileRepo);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error file=profiles/typo.yaml,line=4,col=11,title=etr invalid-level::skills.python: 7 is not a skill level');
    const log = JSON.parse(readFileSync(join(badProfileRepo, 'etr.sarif'), 'utf8')) as SarifLog;
    expect(codeScanningErrors(log)).toEqual([]);
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([['invalid-level', 'profiles/typo.yaml']]);
  });

  it('annotates a broken catalog and checks no profile against it', () => {
    const result = runAction(readmeActionInputs(), badCatalogRepo);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=catalog\/[\w/.-]+,line=\d+,col=\d+,title=etr out-of-range::/m);
    expect(result.stdout).toContain('2 profiles not checked: catalog catalog has errors');
  });

  it('checks only profiles, against the built-in catalog, without a catalog input; warnings pass unless strict', () => {
    writeFileSync(join(work, 'typo-skill.yaml'), 'name: T\nriskAppetite: low\nskills:\n  pyhton: 3\n');
    const lenient = runAction({ profiles: 'typo-skill.yaml' }, work);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('::warning file=typo-skill.yaml,line=4,col=3,title=etr unknown-skill::');
    const strict = runAction({ profiles: 'typo-skill.yaml', strict: true }, work);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('::error file=typo-skill.yaml,line=4,col=3,title=etr unknown-skill::');
  });

  it('takes the other formats and refuses an unknown one as a usage error', () => {
    expect(JSON.parse(runAction({ catalog: 'catalog', format: 'json' }, good).stdout)).toMatchObject({ catalog: 'catalog', valid: true });
    expect(runAction({ catalog: 'catalog', format: 'xml' }, good).code).toBe(2);
  });
});

// --- GitLab CI -----------------------------------------------------------------------------------

interface GitlabJob {
  script: string[];
  artifacts?: { when?: string; reports?: { codequality?: string } };
}

/** The README's GitLab job: its etr lines, `npx etr` as the built binary, in one shell that stops at the first failure. */
function runGitlabJob(cwd: string): Run & { report: unknown } {
  const pipeline = recipe('.gitlab-ci.yml') as Record<string, GitlabJob>;
  const [job] = Object.values(pipeline);
  const lines = job!.script.filter((line) => line.startsWith('npx etr '));
  expect(lines).toHaveLength(2);
  const script = lines.map((line) => line.replace(/^npx etr /, `${JSON.stringify(process.execPath)} ${JSON.stringify(etrBinary)} `)).join('\n');
  const result = spawnSync('bash', ['-e', '-c', script], { cwd, env: ciEnv(), encoding: 'utf8' });
  // The report the job keeps, even when it fails.
  expect(job!.artifacts?.when).toBe('always');
  const report = JSON.parse(readFileSync(join(cwd, job!.artifacts!.reports!.codequality!), 'utf8')) as unknown;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, report };
}

describe('the GitLab CI recipe', () => {
  it('passes a valid repository, with an empty Code Quality report', () => {
    const result = runGitlabJob(good);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is valid');
    expect(result.report).toEqual([]);
  });

  it('fails on a bad profile, naming file, line and column in the log and in the Code Quality report', () => {
    const result = runGitlabJob(badProfileRepo);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('profiles/typo.yaml:4:11 error skills.python: 7 is not a skill level (invalid-level)');
    expect(result.report).toEqual([
      {
        description: expect.stringMatching(/^skills\.python: 7 is not a skill level \(hint: /),
        check_name: 'invalid-level',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: 'major',
        location: { path: 'profiles/typo.yaml', lines: { begin: 4 } },
      },
    ]);
  });
});

// --- pre-commit ----------------------------------------------------------------------------------

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  args?: string[];
  pass_filenames?: boolean;
}
const manifest = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

function filesOf(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Runs a hook as pre-commit does: `entry`, then `args`, then (unless pass_filenames is false) the
 * files that match `files` (a regular expression searched in each path); a hook with no matching
 * file does not run. `etr` is the built binary, as `language: node` would install it.
 */
function runHook(hook: Hook, root: string): Run | 'skipped' {
  const files = filesOf(root).filter((file) => new RegExp(hook.files ?? '').test(file));
  if (files.length === 0) return 'skipped';
  const [command, ...entryArgs] = hook.entry.split(' ');
  expect(command).toBe('etr');
  const args = [etrBinary, ...entryArgs, ...(hook.args ?? []), ...(hook.pass_filenames === false ? [] : files)];
  const result = spawnSync(process.execPath, args, { cwd: root, env: ciEnv(), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The hooks as the README's .pre-commit-config.yaml configures them. */
function readmeHooks(): Hook[] {
  const config = recipe('.pre-commit-config.yaml') as { repos: { hooks: (Partial<Hook> & { id: string })[] }[] };
  return config.repos.flatMap((repo) => repo.hooks).map((configured) => {
    const hook = manifest.find((h) => h.id === configured.id);
    if (hook === undefined) throw new Error(`README configures hook ${configured.id}, which .pre-commit-hooks.yaml lacks`);
    return { ...hook, ...configured };
  });
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares each hook with the fields pre-commit requires', () => {
    expect(manifest.map((h) => h.id)).toEqual(['etr-validate-profiles', 'etr-validate-catalog']);
    for (const hook of manifest) {
      expect(hook).toMatchObject({ name: expect.any(String), entry: expect.stringMatching(/^etr validate /), language: 'node' });
    }
  });

  it('by default, checks the YAML files under profiles/ and no other YAML file', () => {
    const profilesHook = manifest.find((h) => h.id === 'etr-validate-profiles')!;
    const matching = filesOf(good).filter((file) => new RegExp(profilesHook.files!).test(file));
    expect(matching).toEqual(['profiles/ada.yaml', 'profiles/team/bo.yaml']);
    expect(runHook(profilesHook, good)).toEqual({ code: 0, stdout: '', stderr: '' });
    // The catalog hook's default argument is the catalog directory.
    expect(runHook(manifest.find((h) => h.id === 'etr-validate-catalog')!, good)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it("passes a valid repository silently with the README's configuration", () => {
    for (const hook of readmeHooks()) expect(runHook(hook, good), hook.id).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('fails on a bad profile, with its file, line and column', () => {
    const [catalogHook, profilesHook] = readmeHooks();
    expect(runHook(catalogHook!, badProfileRepo)).toMatchObject({ code: 0 });
    const result = runHook(profilesHook!, badProfileRepo) as Run;
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('profiles/typo.yaml:4:11 error skills.python: 7 is not a skill level (invalid-level)');
    expect(result.stdout).not.toContain('profiles/ada.yaml');
  });

  it('fails on a broken catalog, with its file, line and column', () => {
    const [catalogHook] = readmeHooks();
    const result = runHook(catalogHook!, badCatalogRepo) as Run;
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^catalog\/[\w/.-]+:\d+:\d+ error .*\(out-of-range\)$/m);
  });
});

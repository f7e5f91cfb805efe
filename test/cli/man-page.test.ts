import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addExamples, exampleLines, examplesOf } from '../../src/cli/help-examples.js';
import { guardLine, manPage, roff } from '../../src/cli/man-page.js';
import { buildProgram } from '../../src/cli/program.js';
import { repoRoot } from '../helpers/run-etr.js';

/* etr(1): written by the build from the commander program, so it lists what the commands take. */
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; man: string[]; scripts: Record<string, string> };
const program = buildProgram();
const page = manPage(program, packageJson.version);

/** The page's section of one command: from its .SS heading to the next heading. */
function sectionOf(name: string): string {
  const start = page.indexOf(`\n.SS ${roff(name)}\n`);
  expect(start, name).toBeGreaterThan(0);
  const body = page.indexOf('\n', start + 1) + 1;
  const end = page.slice(body).search(/^\.S[SH] /m);
  return page.slice(start, end === -1 ? undefined : body + end);
}

/** The page's text without its font changes (`code` in a description is set in bold). */
const unfonted = (text: string) => text.replace(/\\f[BIR]/g, '');

/** Whether a tool runs here: the rendering tests need groff or man, which the suite does not install. */
const has = (tool: string) => spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;
const hasGroff = has('groff');
const hasMan = has('man');

describe('etr(1)', () => {
  it('is what the build wrote to dist/etr.1, which package.json names as the man page', () => {
    // A list: npm links a global install's man pages only from one (a plain string is skipped).
    expect(packageJson.man).toEqual(['./dist/etr.1']);
    expect(packageJson.scripts.build).toContain('scripts/write-man.mjs');
    expect(readFileSync(join(repoRoot, 'dist', 'etr.1'), 'utf8')).toBe(page);
  });

  it('documents every command with its arguments and every option commander knows, and etr\'s own options', () => {
    const documented = program.createHelp().visibleCommands(program);
    // Every command but completion's hidden helper (and with commander's help command).
    expect(program.commands.filter((command) => !documented.includes(command)).map((command) => command.name())).toEqual(['__ids']);
    expect(documented.map((command) => command.name())).toContain('help');
    expect(page).not.toContain('__ids');
    for (const command of documented) {
      const section = sectionOf(command.name());
      // In the synopsis, and described below it where the command describes them.
      for (const argument of command.registeredArguments) expect(section, `${command.name()} ${argument.name()}`).toContain(roff(argument.name()));
      expect(section).toContain(`\\fBetr ${roff(command.name())}\\fR`);
      // Its own options, hidden or not, and commander's --help.
      for (const option of new Set([...command.options, ...program.createHelp().visibleOptions(command)])) {
        for (const flag of [option.long, option.short]) if (flag) expect(section, `${command.name()} ${flag}`).toContain(`\\fB${roff(flag)}\\fR`);
        expect(unfonted(section)).toContain(roff(option.description.replaceAll('`', '')));
      }
      expect(unfonted(section)).toContain(roff(command.description().replaceAll('`', '')));
    }
    const own = page.slice(page.indexOf('.SH OPTIONS'), page.indexOf('.SH COMMANDS'));
    for (const flag of ['-V', '--version', '--no-color', '--debug', '-h', '--help']) expect(own, flag).toContain(`\\fB${roff(flag)}\\fR`);
  });

  it('has the sections a manual page has, with the environment etr reads and its exit codes', () => {
    const headings = [...page.matchAll(/^\.SH (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'COMMANDS', 'ENVIRONMENT', 'FILES', 'EXIT STATUS', 'EXAMPLES', 'SEE ALSO']);
    expect(page).toMatch(/^\.TH ETR 1 "" "etr \d+\.\d+\.\d+" "User Commands"$/m);
    const environment = page.slice(page.indexOf('.SH ENVIRONMENT'), page.indexOf('.SH FILES'));
    for (const name of ['ETR_CATALOG', 'ETR_LANG', 'ETR_REGION', 'ETR_DEBUG', 'NO_COLOR', 'FORCE_COLOR', 'TERM', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME']) expect(environment).toContain(`.TP\n\\fB${name}\\fR\n`);
    // The variables the sources read by name, all of them here but the build's own.
    const sources = ['src/cli/settings.ts', 'src/cli/lang.ts', 'src/cli/region.ts', 'src/cli/debug.ts', 'src/core/output.ts', 'src/cli/config-file.ts', 'src/catalog/cache.ts'];
    const read = new Set(sources.flatMap((file) => [...readFileSync(join(repoRoot, file), 'utf8').matchAll(/\benv(?:\.|Value\(env, ')([A-Z][A-Z_]+)/g)].map((m) => m[1]!)));
    expect([...read].filter((name) => !environment.includes(`\\fB${name}\\fR`))).toEqual([]);
    expect(read.size).toBeGreaterThanOrEqual(8);
    // The README's exit codes, each with its meaning.
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const codes = [...readme.slice(readme.indexOf('## Exit codes')).matchAll(/^\| (\d+) \|/gm)].map((m) => m[1]);
    const exits = page.slice(page.indexOf('.SH EXIT STATUS'), page.indexOf('.SH SEE ALSO'));
    expect([...exits.matchAll(/^\\fB(\d+)\\fR$/gm)].map((m) => m[1])).toEqual(codes);
  });

  it('lists every example of every command, as its --help does, in one EXAMPLES section', () => {
    const section = page.slice(page.indexOf('\n.SH EXAMPLES\n'), page.indexOf('\n.SH SEE ALSO\n'));
    const withExamples = [program, ...program.createHelp().visibleCommands(program)].filter((command) => examplesOf(command) !== undefined);
    // The program's own and every command's but config's and commander's help command.
    expect(program.createHelp().visibleCommands(program).filter((command) => !withExamples.includes(command)).map((command) => command.name())).toEqual(['config', 'help']);
    for (const command of withExamples) {
      const examples = examplesOf(command)!;
      // The program's come first, under the section's heading; each command's under its name.
      const start = command === program ? 0 : section.indexOf(`\n.SS ${roff(command.name())}\n`);
      expect(start, command.name()).toBeGreaterThanOrEqual(0);
      const block = section.slice(start, section.indexOf('\n.EE\n', start));
      for (const { command: line, comment } of examples.list) {
        expect(block, line).toContain(`$ ${roff(line)}`);
        for (const part of comment?.split('\n') ?? []) expect(block, part).toContain(`# ${roff(part)}`);
      }
      // Line for line what --help writes, which commander sends to the output it is configured with.
      let helpText = '';
      command.configureOutput({ writeOut: (text) => void (helpText += text) });
      command.outputHelp();
      const lines = exampleLines(examples);
      expect(helpText).toContain(`\nExamples:\n${lines.map((line) => `  ${line}\n`).join('')}`);
      expect(block).toContain(`.EX\n${lines.map(roff).join('\n')}`);
    }
  });

  it('escapes text for roff: backslashes, hyphens, what is not ASCII, and a leading dot or quote', () => {
    expect(roff('--hours-per-week')).toBe('\\-\\-hours\\-per\\-week');
    expect(roff('C:\\dir')).toBe('C:\\edir');
    expect(roff('a · b — 职位')).toBe('a \\[u00B7] b \\[u2014] \\[u804C]\\[u4F4D]');
    expect(roff('bell\u0007')).toBe('bell ');
    expect(guardLine('.SH not a heading')).toBe('\\&.SH not a heading');
    expect(guardLine("'br")).toBe("\\&'br");
    expect(guardLine('plain')).toBe('plain');
    // Through the page: descriptions that would be requests stay text.
    const odd = new Command('etr').description("ranks roles 'n' more");
    odd.command('x').description('.TH NOT A TITLE').option('--y <v>', "'tis \\ escaped");
    const oddPage = manPage(odd, '1.0.0');
    // No examples, no EXAMPLES section; examples are escaped as the rest is.
    expect(oddPage).not.toContain('.SH EXAMPLES');
    addExamples(odd.commands[0]!, { list: [{ command: String.raw`printf 'a\n' | etr x --y é`, comment: 'one\n.two' }] });
    expect(manPage(odd, '1.0.0')).toContain(`.SH EXAMPLES\n.SS x\n.EX\n$ printf 'a\\en' | etr x \\-\\-y \\[u00E9]   # one\n${' '.repeat(31)}# .two\n.EE\n`);
    expect(oddPage).toContain('\n\\&.TH NOT A TITLE\n');
    expect(oddPage).toContain("\n\\&'tis \\e escaped\n");
    expect(oddPage.match(/^\.TH /gm)).toHaveLength(1);
  });

  it.skipIf(!hasGroff)('renders with groff without a warning, options as plain ASCII hyphens (skipped where groff is not installed)', () => {
    const result = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-P', '-c', '-P', '-b', '-P', '-u'], { input: page, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--hours-per-week <hours>');
    expect(result.stdout).toContain('ETR_CATALOG');
    expect(result.stdout).toMatch(/^ +etr validate \[options\] \[profiles\.\.\.\]$/m);
  });

  it.skipIf(!hasMan)('renders with man --warnings without a warning (skipped where man is not installed)', () => {
    const result = spawnSync('man', ['--warnings', '-l', join(repoRoot, 'dist', 'etr.1')], { encoding: 'utf8', env: { ...process.env, MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '80' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('EXIT STATUS');
  });
});

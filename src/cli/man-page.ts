import type { Argument, Command, Help, Option } from 'commander';
import { ExitCode } from '../core/errors.js';
import { exampleLines, examplesOf } from './help-examples.js';

/**
 * etr(1), the manual page, written from the commander program itself: every command with its
 * arguments and options as `--help` states them (the same Help object writes both) and its
 * examples as `--help` lists them (help-examples.ts), so the page cannot drift from the commands.
 * Only what commander does not know (the environment, the files, the exit codes) is written here.
 * scripts/write-man.mjs writes it to dist/etr.1, which package.json's "man" names, so that `man etr`
 * finds it after `npm install -g`.
 */
export function manPage(program: Command, version: string): string {
  const help = program.createHelp();
  const examples = [...exampleBlock(program), ...help.visibleCommands(program).flatMap((command) => commandExamples(help, command))];
  const lines = [
    `.\\" etr(1), written by the build from etr's commands (src/cli/man-page.ts). Do not edit.`,
    `.TH ETR 1 "" "etr ${roff(version)}" "User Commands"`,
    // Left-aligned, no hyphenation: option names and ids are not to be broken across lines.
    '.ad l',
    '.nh',
    '.SH NAME',
    `etr \\- ${roff(help.commandDescription(program))}`,
    '.SH SYNOPSIS',
    `${bold('etr')} [${bold('--no-color')}] [${bold('--debug')}] ${italic('command')} [${italic('options')}] [${italic('arguments')}]`,
    '.br',
    `${bold('etr')} ${bold('--version')} | ${bold('--help')} | ${bold('help')} [${italic('command')}]`,
    '.SH DESCRIPTION',
    text(
      'etr ranks the roles of a catalog of AIGC career paths for a person, by how well their skills fit each role and by how many AI errors the role\'s domain can tolerate (its error tolerance rate, ETR), and explains each result. It plans which skill to raise next, reads job ads and CVs, sums up a team, and checks catalogs and profiles.',
    ),
    '.PP',
    text('Every command takes `--help`, which says what this page says of it. The global options below may come before the command or after it.'),
    '.SH OPTIONS',
    ...help.visibleOptions(program).flatMap((option) => optionItem(help, option)),
    '.SH COMMANDS',
    ...help.visibleCommands(program).flatMap((command) => commandSection(help, command)),
    '.SH ENVIRONMENT',
    ...environment.flatMap(([name, meaning]) => ['.TP', bold(name), text(meaning)]),
    '.SH FILES',
    ...files.flatMap(([path, meaning]) => ['.TP', italic(path), text(meaning)]),
    '.SH EXIT STATUS',
    ...exitStatuses().flatMap(([status, meaning]) => ['.TP', bold(String(status)), text(meaning)]),
    // One section, where man-pages(7) puts it (last before SEE ALSO), not one per command: the
    // program's own first session, then each command's examples under its name, as in COMMANDS.
    ...(examples.length === 0 ? [] : ['.SH EXAMPLES', ...examples]),
    '.SH SEE ALSO',
    text('The README.md in etr\'s package folder (`$(npm root -g)/etr` after a global install): the profile, the catalog and its rules, the scoring model, the problem codes, the JSON report and the programmatic API. `etr schema` prints the JSON Schemas; `etr completion` prints shell completion scripts.'),
  ];
  return `${lines.join('\n')}\n`;
}

/** One command: its usage, description, arguments and options; then its own subcommands, if any. */
function commandSection(help: Help, command: Command, parents: readonly string[] = []): string[] {
  const names = [...parents, command.name()];
  // commandUsage names the program and the command ("etr advise [options]"; commander's own help
  // command, "help [command]", not the program): those in bold.
  const usage = help.commandUsage(command).replace(/^etr /, '');
  const called = names.join(' ');
  const synopsis = usage.startsWith(called) ? `${bold(`etr ${called}`)}${roff(usage.slice(called.length))}` : `${bold('etr')} ${roff(usage)}`;
  return [
    `.SS ${roff(names.join(' '))}`,
    synopsis,
    '.PP',
    text(help.commandDescription(command) || help.subcommandDescription(command)),
    ...help.visibleArguments(command).flatMap((argument) => argumentItem(help, argument)),
    ...help.visibleOptions(command).flatMap((option) => optionItem(help, option)),
    ...help.visibleCommands(command).flatMap((sub) => commandSection(help, sub, names)),
  ];
}

/** A command's examples (help-examples.ts), headed by its name; then its subcommands'. */
function commandExamples(help: Help, command: Command, parents: readonly string[] = []): string[] {
  const names = [...parents, command.name()];
  const block = exampleBlock(command);
  return [...(block.length === 0 ? [] : [`.SS ${roff(names.join(' '))}`, ...block]), ...help.visibleCommands(command).flatMap((sub) => commandExamples(help, sub, names))];
}

/**
 * The lines --help shows (its two-space indent aside), in an example block: no filling, in a
 * fixed-width font, so the comments line up as they do there.
 */
function exampleBlock(command: Command): string[] {
  const examples = examplesOf(command);
  return examples === undefined ? [] : ['.EX', ...exampleLines(examples).map((line) => guardLine(roff(line))), '.EE'];
}

/** An option as a tagged paragraph: its flags bold, its value italic; then its help line. */
function optionItem(help: Help, option: Option): string[] {
  const term = help
    .optionTerm(option)
    .split(/(,? )/)
    .map((part) => (part.startsWith('-') ? bold(part) : /^[<[]/.test(part) ? italic(part) : roff(part)))
    .join('');
  return ['.TP', term, text(help.optionDescription(option))];
}

function argumentItem(help: Help, argument: Argument): string[] {
  return ['.TP', italic(help.argumentTerm(argument)), text(help.argumentDescription(argument))];
}

/** What etr reads from the environment (src/cli/settings.ts, lang.ts, region.ts, debug.ts, core/output.ts, catalog/cache.ts). */
const environment: readonly (readonly [string, string])[] = [
  ['ETR_CATALOG', 'The catalog directory of every command that takes `--catalog`, when the flag is absent; above the config file\'s `catalog`.'],
  ['ETR_LANG', 'The language of reports, messages and hints: `en` or `zh`, when `--lang` is absent; above the config file\'s `lang`.'],
  ['ETR_REGION', 'Whose rules apply: `eu`, `us` or `cn`, when `--region` is absent; above the config file\'s `region` and the profile\'s own.'],
  ['ETR_DEBUG', 'Set to anything but empty or `0`: an internal error shows its stack trace, as with `--debug`.'],
  ['NO_COLOR', 'Set and not empty: no colour, as with `--no-color`.'],
  ['FORCE_COLOR', 'Colour even when the output is not a terminal (`0` or `false`: never). NO_COLOR wins over it.'],
  ['TERM', '`dumb`: no colour, unless FORCE_COLOR asks for it.'],
  ['XDG_CONFIG_HOME', 'Where the config file is: $XDG_CONFIG_HOME/etr/config.yaml (else ~/.config/etr/config.yaml). Empty counts as unset.'],
  ['XDG_CACHE_HOME', 'Where checked catalog directories are cached: $XDG_CACHE_HOME/etr (an absolute path only; else ~/.cache/etr).'],
];
// An empty ETR_CATALOG, ETR_LANG or ETR_REGION counts as unset (config-file.ts's envValue).

const files: readonly (readonly [string, string])[] = [
  [
    '$XDG_CONFIG_HOME/etr/config.yaml',
    'The config file (else ~/.config/etr/config.yaml): defaults below the flags and the environment. Its keys, each optional: `profile` (advise and plan read it when `--profile` is absent), `catalog`, `lang`, `region`, `hoursPerWeek`; paths in it are relative to its folder. `etr config` shows each setting and where it comes from.',
  ],
  ['$XDG_CACHE_HOME/etr/', 'The cache of checked, compiled catalog directories (a `--catalog`, ETR_CATALOG or the config file\'s; else ~/.cache/etr/): it makes a second run over the same files faster, never different; it may be deleted at any time.'],
];

/** The exit codes (core/errors.ts's ExitCode, each with its meaning, and init's cancelled interview). */
function exitStatuses(): (readonly [number, string])[] {
  const meanings: Record<keyof typeof ExitCode, string> = {
    ok: 'Success (`validate`: the catalog and profiles are valid).',
    invalidInput: 'The input was read but is invalid: `validate` found errors (or warnings under `--strict`), a profile or catalog is invalid. Each problem is reported with its code, file, line and column.',
    usage: 'Usage error: an unknown command or flag, a bad flag value, a missing or unreadable file or directory, a file that would be overwritten, an output that cannot be written.',
    internal: 'Internal error: a bug. One line on standard error; `--debug` or ETR_DEBUG=1 shows the stack.',
  };
  return [...(Object.keys(meanings) as (keyof typeof ExitCode)[]).map((key) => [ExitCode[key], meanings[key]] as const), [130, '`etr init --interview` cancelled (Ctrl-C or Escape): nothing written.']];
}

const bold = (words: string) => `\\fB${roff(words)}\\fR`;
const italic = (words: string) => `\\fI${roff(words)}\\fR`;

/** Running text: `code` in bold; a line of its own, so that a leading dot or quote is guarded once. */
function text(words: string): string {
  const line = words
    .replace(/\s*\n\s*/g, ' ')
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? bold(part.slice(1, -1)) : roff(part)))
    .join('');
  return guardLine(line);
}

/**
 * Text as roff reads it: a backslash as \e, every hyphen as \- (the page's hyphens are nearly all
 * in options, ids and values, which must stay ASCII hyphen-minus to copy and search), and what
 * is not ASCII as \[uXXXX], so the page reads the same whatever encoding groff assumes.
 */
export function roff(words: string): string {
  let out = '';
  for (const char of words) {
    const code = char.codePointAt(0)!;
    if (char === '\\') out += '\\e';
    else if (char === '-') out += '\\-';
    else if (code < 0x20 || code === 0x7f) out += ' ';
    else if (code > 0x7e) out += `\\[u${code.toString(16).toUpperCase().padStart(4, '0')}]`;
    else out += char;
  }
  return out;
}

/** A text line that starts with . or ' would be read as a request: \& before it keeps it text. */
export function guardLine(line: string): string {
  return /^[.']/.test(line) ? `\\&${line}` : line;
}

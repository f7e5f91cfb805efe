import { Command, Help, type Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { writeStderrPart, writeStdoutPart } from '../core/output.js';
import { terminalSafe } from '../core/terminal-text.js';
import type { Lang } from '../model/lang.js';
import { registerAdvise } from './advise.js';
import { registerCatalog } from './catalog.js';
import { registerCompletion } from './completion.js';
import { registerConfig } from './config.js';
import { addExamples, type Examples } from './help-examples.js';
import { registerImport } from './import.js';
import { registerInit } from './init.js';
import { registerMatch } from './match.js';
import { registerPlan } from './plan.js';
import { registerSchema } from './schema.js';
import { registerShow } from './show.js';
import { registerTeam } from './team.js';
import { registerValidate } from './validate.js';

/** Every command, in the order help lists them, by the name that runs it. */
const registrations: readonly (readonly [string, (program: Command) => void])[] = [
  ['advise', registerAdvise],
  ['plan', registerPlan],
  ['match', registerMatch],
  ['team', registerTeam],
  ['show', registerShow],
  ['init', registerInit],
  ['import', registerImport],
  ['validate', registerValidate],
  ['catalog', registerCatalog],
  ['schema', registerSchema],
  ['config', registerConfig],
  ['completion', registerCompletion],
  ['__ids', registerCompletion],
];

/** The examples of `etr --help` and of etr(1): a first session. */
const examples: Examples = {
  commentColumn: 39,
  list: [
    { command: 'etr init --out me.yaml', comment: 'a commented starter profile' },
    { command: 'etr advise --profile me.yaml', comment: 'your ranked, explained career paths' },
    { command: 'etr plan --profile me.yaml', comment: 'which skill to raise next' },
    { command: 'etr show clinical-nlp-engineer', comment: 'one role in full' },
    { command: 'etr validate --catalog ./catalog', comment: 'check a catalog, e.g. in CI' },
    { command: 'etr catalog domains', comment: 'the domains and their error tolerance rates' },
  ],
};

/** etr's own flags, which take no value and may come before the command. */
const programFlags = new Set(['--no-color', '--debug']);

/**
 * The command a command line runs, when it is plain: the first word after etr's own flags, if it
 * names a command. Then only that command is registered, which spares a short run the cost of
 * building the others. Help, mistakes (which suggest any command) and `etr completion` (whose
 * script lists every command) register them all.
 */
function soleCommand(args: readonly string[]): string | undefined {
  const word = args.find((arg) => !programFlags.has(arg));
  return word !== undefined && word !== 'completion' && registrations.some(([name]) => name === word) ? word : undefined;
}

/**
 * An option's line of help, as commander writes it, but for a repeatable flag (--domain, --set,
 * --target): that starts as an empty list, which commander would show as "(default: [])".
 */
function optionDescription(this: Help, option: Option): string {
  const emptyList = Array.isArray(option.defaultValue) && option.defaultValue.length === 0;
  return Help.prototype.optionDescription.call(this, emptyList ? Object.assign(Object.create(option) as Option, { defaultValue: undefined }) : option);
}

/**
 * The program for a command line (argv as Node gives it); without one, with every command. In
 * Chinese (`lang`), commander prints none of its errors: errors.ts says them in Chinese, by code.
 */
export function buildProgram(argv?: readonly string[], lang: Lang = 'en'): Command {
  const program = new Command('etr')
    .description('Career-path advisor for AIGC work: ranks roles by your skills and by how many AI errors each domain tolerates (ETR).')
    .version(packageJson.version, '-V, --version', 'print the version')
    .option('--no-color', 'never colour the output')
    .option('--debug', 'show stack traces of internal errors')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run etr --help for usage)')
    .exitOverride();
  addExamples(program, examples).addHelpText('after', '\nExit codes: 0 ok, 1 invalid input, 2 usage error, 3 internal error (a bug).');
  // Set before the commands are added, which inherit it: every command's help lists etr's own
  // flags (--no-color, --debug) under "Global Options".
  program.configureHelp({ sortSubcommands: false, showGlobalOptions: true, optionDescription });
  // Help, the version and commander's own errors go out as results and diagnostics do, so that a
  // reader that goes away early (`etr --help | head -1`) ends them quietly, not with an EPIPE
  // stack trace. Set before the commands are added, which inherit it. commander quotes an unknown
  // option or argument as typed, so its messages are made terminal-safe too.
  program.configureOutput({
    writeOut: (text) => void writeStdoutPart(text),
    writeErr: (text) => writeStderrPart(terminalSafe(text)),
    ...(lang === 'zh' ? { outputError: () => undefined } : {}),
  });
  const sole = argv === undefined ? undefined : soleCommand(argv.slice(2));
  const registered = new Set<(program: Command) => void>();
  for (const [name, register] of registrations) {
    if ((sole === undefined || name === sole) && !registered.has(register)) {
      registered.add(register);
      register(program);
    }
  }
  if (lang === 'zh') program.showHelpAfterError(false);
  for (const command of program.commands) command.exitOverride().showHelpAfterError(lang === 'zh' ? false : `(run etr ${command.name()} --help for usage)`);
  return program;
}

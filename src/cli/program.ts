import { Command } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { registerAdvise } from './advise.js';
import { registerCatalog } from './catalog.js';
import { registerCompletion } from './completion.js';
import { registerInit } from './init.js';
import { registerPlan } from './plan.js';
import { registerSchema } from './schema.js';
import { registerShow } from './show.js';
import { registerValidate } from './validate.js';

export function buildProgram(): Command {
  const program = new Command('etr')
    .description('Career-path advisor for AIGC work: ranks roles by your skills and by how many AI errors each domain tolerates (ETR).')
    .version(packageJson.version, '-V, --version', 'print the version')
    .option('--no-color', 'never colour the output')
    .option('--debug', 'show stack traces of internal errors')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run etr --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ etr init --out me.yaml               # a commented starter profile
  $ etr advise --profile me.yaml         # your ranked, explained career paths
  $ etr plan --profile me.yaml           # which skill to raise next
  $ etr show clinical-nlp-engineer       # one role in full
  $ etr validate --catalog ./catalog     # check a catalog, e.g. in CI
  $ etr catalog domains                  # the domains and their error tolerance rates

Exit codes: 0 ok, 1 invalid input, 2 usage error, 3 internal error (a bug).`,
    );
  program.configureHelp({ sortSubcommands: false });
  registerAdvise(program);
  registerPlan(program);
  registerShow(program);
  registerInit(program);
  registerValidate(program);
  registerCatalog(program);
  registerSchema(program);
  registerCompletion(program);
  for (const command of program.commands) command.exitOverride().showHelpAfterError(`(run etr ${command.name()} --help for usage)`);
  return program;
}

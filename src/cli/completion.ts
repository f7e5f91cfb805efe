import { Argument, type Command } from 'commander';
import { writeStdout } from '../core/output.js';
import type { IdList, Shell } from '../completion/scripts.js';
import { catalogDir, catalogOption } from './settings.js';
import { addExamples, type Examples } from './help-examples.js';

const shells = ['bash', 'zsh', 'fish'] as const satisfies readonly Shell[];
const idLists = ['roles', 'domains'] as const satisfies readonly IdList[];

/** The examples of `etr completion --help` and of etr(1). */
const examples: Examples = {
  commentColumn: 41,
  list: [
    { command: 'source <(etr completion bash)', comment: 'in this shell; add the line to ~/.bashrc to keep it' },
    { command: 'etr completion bash > ~/.local/share/bash-completion/completions/etr' },
    { command: 'etr completion zsh > "${fpath[1]}/_etr"', comment: 'zsh, with compinit; or: source <(etr completion zsh)' },
    { command: 'etr completion fish > ~/.config/fish/completions/etr.fish' },
  ],
};

export function registerCompletion(program: Command): void {
  addExamples(program.command('completion'), examples)
    .summary('print a shell completion script: bash, zsh or fish')
    .description(
      'Print a completion script for bash, zsh or fish. It completes commands, flags, formats and languages, files and directories, and the role and domain ids of the catalog (the built-in one, or --catalog DIR when the command line names one) for `show`, --target and --domain.',
    )
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(shells))
    .action(async (shell: Shell, _options: unknown, command: Command) => {
      const { completionScript } = await import('../completion/scripts.js');
      writeStdout(completionScript(shell, command.parent!));
    });

  // For the completion scripts, not for people: the ids to offer, one "id<TAB>name" line each.
  program
    .command('__ids', { hidden: true })
    .addArgument(new Argument('<kind>').choices(idLists))
    .addOption(catalogOption())
    .action(async (kind: IdList, options: { catalog?: string }) => {
      const { openCatalog } = await import('../catalog/source.js');
      const { catalog } = await openCatalog(catalogDir(options.catalog));
      const lines = kind === 'roles' ? catalog.roles.map((r) => `${r.id}\t${r.title}`) : catalog.domains.map((d) => `${d.id}\t${d.name}`);
      writeStdout(lines.join('\n'));
    });
}

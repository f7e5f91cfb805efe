import { Argument, Option, type Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import { UsageError } from '../core/errors.js';
import { outputWidth, writeStdout } from '../core/output.js';
import { didYouMean } from '../core/suggest.js';
import { terminalSafeData, terminalSafeJson } from '../core/terminal-text.js';
import { printWarnings, stdoutPalette } from './options.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .summary('show one role: its domain\'s ETR, skills, strategies, project and outlook')
    .description('Show one role in full: its domain and ETR with references and strategies, its skill requirements, a portfolio project and the outlook.')
    .addArgument(new Argument('<role>', 'role id (see `etr catalog roles`)'))
    .option('--catalog <dir>', 'catalog directory (default: the built-in catalog)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  $ etr show clinical-nlp-engineer\n  $ etr show prompt-engineer --format json')
    .action(async (roleId: string, options: { catalog?: string; format: 'text' | 'json' }, command: Command) => {
      const { catalog, warnings } = await openCatalog(options.catalog);
      printWarnings(command, warnings);
      const role = catalog.roles.find((r) => r.id === roleId);
      if (!role) throw new UsageError(`no role "${roleId}" in the catalog`, didYouMean(roleId, catalog.roles.map((r) => r.id)) ?? 'see `etr catalog roles` for the role ids');
      const { renderRoleText, roleDetails } = await import('../report/role.js');
      const details = roleDetails(catalog, role);
      writeStdout(options.format === 'json' ? terminalSafeJson(details, 2) : renderRoleText(terminalSafeData(details), stdoutPalette(command, options.format), outputWidth()));
    });
}

import { Argument, Option, type Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import { createPalette, colorEnabled, outputWidth, writeStderr, writeStdout } from '../core/output.js';
import { terminalSafeData } from '../core/terminal-text.js';
import type { CatalogListKind } from '../render/catalog-list.js';
import { renderProblemsText } from '../render/problems.js';

interface CatalogOptions {
  catalog?: string;
  format: 'text' | 'json';
}

export function registerCatalog(program: Command): void {
  program
    .command('catalog')
    .summary('list the domains, roles or skills of a catalog')
    .description('List the domains (with their ETR and tier), the roles or the skills of a catalog.')
    .addArgument(new Argument('<kind>', 'what to list').choices(['domains', 'roles', 'skills']))
    .option('--catalog <dir>', 'catalog directory (default: the built-in catalog)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      `
Examples:
  $ etr catalog domains                  # every domain with its error tolerance rate
  $ etr catalog roles --format json | jq '.[] | select(.domain == "medical")'`,
    )
    .action(async (kind: CatalogListKind, options: CatalogOptions, command: Command) => {
      const { catalog, warnings } = await openCatalog(options.catalog);
      const { color } = command.optsWithGlobals<{ color?: boolean }>();
      const palette = createPalette(colorEnabled({ color, machineFormat: options.format !== 'text' }));
      if (warnings.length > 0) writeStderr(renderProblemsText(warnings, createPalette(colorEnabled({ color }, 'stderr'))));
      const { renderCatalogList } = await import('../render/catalog-list.js');
      writeStdout(renderCatalogList(options.format === 'json' ? catalog : terminalSafeData(catalog), kind, options.format, palette, outputWidth()));
    });
}

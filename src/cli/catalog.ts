import { Argument, Option, type Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import type { CatalogListKind } from '../render/catalog-list.js';
import { formatsOf, type Format } from '../render/registry.js';
import { langOption, reportLang } from './lang.js';
import { printWarnings, writeResult } from './options.js';
import { catalogDir } from './settings.js';

interface CatalogOptions {
  catalog?: string;
  format: Format<'catalog'>;
  lang?: string;
}

export function registerCatalog(program: Command): void {
  program
    .command('catalog')
    .summary('list the domains, roles or skills of a catalog')
    .description('List the domains (with their ETR and tier), the roles or the skills of a catalog.')
    .addArgument(new Argument('<kind>', 'what to list').choices(['domains', 'roles', 'skills']))
    .option('--catalog <dir>', "catalog directory (default: $ETR_CATALOG, else the config file's catalog, else the built-in catalog)")
    .addOption(new Option('--format <format>', 'output format').choices(formatsOf('catalog')).default('text'))
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Examples:
  $ etr catalog domains                  # every domain with its error tolerance rate
  $ etr catalog roles --format json | jq '.[] | select(.domain == "medical")'`,
    )
    .action(async (kind: CatalogListKind, options: CatalogOptions, command: Command) => {
      const lang = reportLang(options.lang);
      const { catalog, warnings } = await openCatalog(catalogDir(options.catalog));
      printWarnings(command, warnings);
      await writeResult(command, 'catalog', options.format, { catalog, kind, lang });
    });
}

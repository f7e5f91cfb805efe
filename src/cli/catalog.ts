import { Argument, Option, type Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import type { CatalogListKind } from '../render/catalog-list.js';
import { formatsOf, type Format } from '../render/registry.js';
import { langOption, reportLang } from './lang.js';
import { printWarnings, writeResult } from './options.js';
import { catalogDir, catalogOption } from './settings.js';
import { addExamples, type Examples } from './help-examples.js';

interface CatalogOptions {
  catalog?: string;
  format: Format<'catalog'>;
  lang?: string;
}

/** The examples of `etr catalog --help` and of etr(1). */
const examples: Examples = {
  commentColumn: 39,
  list: [
    { command: 'etr catalog domains', comment: 'every domain with its error tolerance rate' },
    { command: `etr catalog roles --format json | jq '.[] | select(.domain == "medical")'` },
  ],
};

export function registerCatalog(program: Command): void {
  addExamples(program.command('catalog'), examples)
    .summary('list the domains, roles or skills of a catalog')
    .description('List the domains (with their ETR and tier), the roles or the skills of a catalog.')
    .addArgument(new Argument('<kind>', 'what to list').choices(['domains', 'roles', 'skills']))
    .addOption(catalogOption())
    .addOption(new Option('--format <format>', 'output format').choices(formatsOf('catalog')).default('text'))
    .addOption(langOption())
    .action(async (kind: CatalogListKind, options: CatalogOptions, command: Command) => {
      const lang = reportLang(options.lang);
      const { catalog, warnings } = await openCatalog(catalogDir(options.catalog));
      printWarnings(command, warnings);
      await writeResult(command, 'catalog', options.format, { catalog, kind, lang });
    });
}

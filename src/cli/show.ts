import { Argument, Option, type Command } from 'commander';
import { show } from '../app/show.js';
import { openCatalog } from '../catalog/source.js';
import { formatsOf, type Format } from '../render/registry.js';
import { langOption, reportLang } from './lang.js';
import { printWarnings, writeResult } from './options.js';
import { regionOption, regionOverride } from './region.js';
import { catalogDir, catalogOption } from './settings.js';
import { addExamples, type Examples } from './help-examples.js';

/** The examples of `etr show --help` and of etr(1). */
const examples: Examples = {
  list: [
    { command: 'etr show clinical-nlp-engineer' },
    { command: 'etr show prompt-engineer --format json' },
    { command: 'etr show clinical-ai-product-manager --region cn --lang zh' },
  ],
};

export function registerShow(program: Command): void {
  addExamples(program.command('show'), examples)
    .summary('show one role: its domain\'s ETR, skills, strategies, project and outlook')
    .description('Show one role in full: its domain and ETR with references and strategies, its skill requirements, a portfolio project and the outlook.')
    .addArgument(new Argument('<role>', 'role id (see `etr catalog roles`)'))
    .addOption(catalogOption())
    .addOption(new Option('--format <format>', 'output format').choices(formatsOf('show')).default('text'))
    .addOption(langOption())
    .addOption(regionOption())
    .action(async (roleId: string, options: { catalog?: string; format: Format<'show'>; lang?: string; region?: string }, command: Command) => {
      const lang = reportLang(options.lang);
      const region = regionOverride(options.region);
      const catalog = await openCatalog(catalogDir(options.catalog));
      printWarnings(command, catalog.warnings);
      await writeResult(command, 'show', options.format, show(catalog, roleId, { lang, ...(region && { region }) }));
    });
}

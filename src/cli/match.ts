import { Option, type Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import { loadProfile } from '../profile/load.js';
import { formatsOf, type Format } from '../render/registry.js';
import { langOption, reportLang } from './lang.js';
import { printWarnings, writeResult } from './options.js';
import { regionOption, regionOverride } from './region.js';
import { catalogDir, catalogOption } from './settings.js';
import { addExamples, type Examples } from './help-examples.js';

interface MatchCliOptions {
  job: string;
  profile?: string;
  catalog?: string;
  format: Format<'match'>;
  strict?: boolean;
  lang?: string;
  region?: string;
}

/** The examples of `etr match --help` and of etr(1). */
const examples: Examples = {
  commentColumn: 46,
  list: [
    { command: 'etr match --job ad.md', comment: 'what the ad asks for, its domain and closest roles' },
    { command: 'etr match --job ad.txt --profile me.yaml', comment: 'and how you fit the closest role' },
    { command: 'pbpaste | etr match --job - --format json' },
    { command: 'etr match --job 招聘.txt --lang zh', comment: 'the report in Chinese' },
  ],
};

export function registerMatch(program: Command): void {
  addExamples(program.command('match'), examples)
    .summary('read a job ad: the skills it asks for, its domain and ETR, the closest roles, your fit')
    .description(
      'Read a job ad (plain text or Markdown, English or Chinese): the catalog skills it names, each with the lines that name it and whether the ad requires it or calls it nice to have; the domain and ETR tier its words point to; the closest catalog roles; and with --profile your fit for the closest role, scored exactly as `etr advise` scores it.',
    )
    .requiredOption('--job <file>', 'the job ad (text); - reads standard input')
    .option('--profile <file>', 'your profile (YAML): adds your fit, gaps, red flags and risk fit for the closest role')
    .addOption(catalogOption())
    .addOption(new Option('--format <format>', 'output format').choices(formatsOf('match')).default('text'))
    .addOption(regionOption())
    .option('--strict', 'treat profile warnings as errors')
    .addOption(langOption('report language'))
    .action(async (options: MatchCliOptions, command: Command) => {
      const lang = reportLang(options.lang);
      const region = regionOverride(options.region);
      const catalog = await openCatalog(catalogDir(options.catalog));
      const { match, readJobAd } = await import('../app/match.js');
      if (options.job === '-' && options.profile === '-') {
        const { usageError } = await import('../core/errors.js');
        throw usageError({ en: '--job and --profile cannot both read standard input', zh: '--job 和 --profile 不能都从标准输入读取' }, { en: 'name a file for one of them', zh: '请为其中一个指定文件' });
      }
      const loaded = options.profile === undefined ? undefined : await loadProfile(options.profile, catalog.catalog, { strict: options.strict ?? false });
      const ad = await readJobAd(options.job);
      printWarnings(command, [...catalog.warnings, ...(loaded?.warnings ?? [])]);
      await writeResult(command, 'match', options.format, match(catalog, ad, { lang, ...(loaded && { profile: loaded }), ...(region && { region }) }));
    });
}

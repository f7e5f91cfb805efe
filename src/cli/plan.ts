import { Option, type Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import { usageError } from '../core/errors.js';
import { loadProfile } from '../profile/load.js';
import { formatsOf, type Format } from '../render/registry.js';
import { langOption, reportLang } from './lang.js';
import { regionOption, regionOverride } from './region.js';
import { collect, hoursPerWeek, positiveInteger, printWarnings, writeResult } from './options.js';
import { catalogDir, catalogOption, hoursSetting, profileSetting } from './settings.js';
import { addExamples, type Examples } from './help-examples.js';

interface PlanOptions {
  profile?: string;
  catalog?: string;
  target: string[];
  steps: number;
  leverage?: boolean;
  top: number;
  format: Format<'plan'> & Format<'leverage'>;
  strict?: boolean;
  hoursPerWeek?: number;
  lang?: string;
  region?: string;
}

/** The examples of `etr plan --help` and of etr(1). */
const examples: Examples = {
  commentColumn: 54,
  list: [
    { command: 'etr plan --profile me.yaml', comment: 'toward your current top three roles' },
    { command: 'etr plan --profile me.yaml --target prompt-engineer --steps 5' },
    { command: 'etr plan --profile me.yaml --leverage', comment: 'skills that open the most doors' },
  ],
};

export function registerPlan(program: Command): void {
  addExamples(program.command('plan'), examples)
    .summary('a learning plan: which skill to raise next, and how much it moves you')
    .description('Plan one-level skill upgrades toward target roles (default: your top three), each chosen for the largest gain; or, with --leverage, list the skills whose next level brings the most roles closer.')
    .option('--profile <file>', "your profile (YAML); - reads standard input (default: the config file's profile)")
    .addOption(catalogOption())
    .option('--target <role>', 'a role to plan toward (repeatable; default: your top three)', collect, [])
    .option('--steps <n>', 'at most this many upgrades', positiveInteger, 10)
    .option('--hours-per-week <hours>', "hours a week you can spend learning (default: the config file's hoursPerWeek, else the profile's, else 5)", hoursPerWeek)
    .option('--leverage', 'list the skills that open the most doors instead of a plan')
    .option('--top <n>', 'with --leverage: how many skills to list', positiveInteger, 10)
    .addOption(new Option('--format <format>', 'output format').choices(formatsOf('plan')).default('text'))
    .addOption(langOption())
    .addOption(regionOption())
    .option('--strict', 'treat profile warnings as errors')
    .action(async (options: PlanOptions, command: Command) => {
      const lang = reportLang(options.lang);
      // --profile, else the config file's: without either, the same words commander uses for a required option.
      const profile = profileSetting(options.profile).value;
      if (profile === undefined) {
        throw usageError(
          { en: "required option '--profile <file>' not specified", zh: "必须给出选项 '--profile <file>'" },
          { en: 'e.g. etr plan --profile me.yaml, or set profile in the config file (etr config)', zh: '例如 etr plan --profile me.yaml，或在配置文件中设置 profile（见 etr config）' },
        );
      }
      const catalog = await openCatalog(catalogDir(options.catalog));
      // The plan's engines and renderers load with the command, not with every run of etr.
      const { leverage, plan } = await import('../app/plan.js');
      const loaded = await loadProfile(profile, catalog.catalog, { strict: options.strict ?? false });
      printWarnings(command, [...catalog.warnings, ...loaded.warnings]);
      const region = regionOverride(options.region);
      const hoursPerWeek = hoursSetting(options.hoursPerWeek).value;
      const hours = { lang, ...(hoursPerWeek !== undefined && { hoursPerWeek }), ...(region && { region }) };
      if (options.leverage) await writeResult(command, 'leverage', options.format, leverage(catalog, loaded, { top: options.top, ...hours }));
      else await writeResult(command, 'plan', options.format, plan(catalog, loaded, { targets: options.target, steps: options.steps, ...hours }));
    });
}

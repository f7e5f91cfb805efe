import { Option, type Command } from 'commander';
import { adviseWithWarnings, checkDomains, setWarnings } from '../app/advise.js';
import { openCatalog } from '../catalog/source.js';
import { ExitCode, usageError } from '../core/errors.js';
import { writeStdoutPart } from '../core/output.js';
import { appetiteMeanings, appetiteNote, riskAppetites } from '../model/etr.js';
import { loadProfile } from '../profile/load.js';
import { formatsOf, type Format } from '../render/registry.js';
import { wrap } from '../render/text-layout.js';
import { batchJobs, jobsOption } from './jobs.js';
import { langOption, reportLang } from './lang.js';
import { regionOption, regionOverride } from './region.js';
import { collect, hoursPerWeek, positiveInteger, printWarnings, writeResult } from './options.js';
import { catalogDir, catalogOption, hoursSetting, profileSetting } from './settings.js';
import { addExamples, type Examples } from './help-examples.js';

interface AdviseCommandOptions {
  profile?: string;
  batch?: string;
  catalog?: string;
  top: number;
  domain: string[];
  risk?: string;
  weights?: string;
  set: string[];
  format: Format<'advise'>;
  lang?: string;
  region?: string;
  strict?: boolean;
  jobs?: number;
  compare?: boolean;
  hoursPerWeek?: number;
}

/** The examples of `etr advise --help` and of etr(1). */
const examples: Examples = {
  commentColumn: 69,
  list: [
    { command: 'etr advise --profile me.yaml' },
    { command: 'etr advise --profile me.yaml --top 5 --domain medical --domain finance' },
    { command: 'etr advise --profile me.yaml --set python=4 --risk high --compare', comment: 'what if?' },
    { command: "etr advise --profile me.yaml --format json | jq '.results[0].role'" },
    { command: 'etr advise --profile me.yaml --format markdown > career-paths.md' },
    { command: 'etr advise --profile me.yaml --format html > career-paths.html' },
    { command: 'etr advise --profile me.yaml --lang zh', comment: '中文报告' },
    { command: 'etr advise --profile me.yaml --region cn', comment: "China's rules, not the EU's" },
    { command: 'etr advise --batch people.jsonl > rankings.ndjson', comment: 'thousands of profiles' },
  ],
};

export function registerAdvise(program: Command): void {
  addExamples(program.command('advise'), examples)
    .summary('rank career paths for a profile, with gaps and risk fit')
    .description('Rank the catalog\'s roles for one person by skill fit, risk fit (the domain\'s error tolerance against your appetite) and interest, and explain each result.')
    .option('--profile <file>', "your profile (YAML); - reads standard input (default: the config file's profile)")
    .option('--batch <file>', 'many profiles, as JSON lines or a YAML stream (- reads standard input): one JSON line out per profile')
    .addOption(catalogOption())
    .option('--top <n>', 'how many roles to show', positiveInteger, 10)
    .option('--domain <id>', 'only roles in this domain (repeatable)', collect, [])
    .option('--risk <appetite>', 'override the risk appetite: very-low|low|medium|high|very-high, or an ETR such as 0.03 or 3%')
    .option('--weights <list>', 'override the weights, e.g. skill=0.6,risk=0.3,interest=0.1')
    .option('--set <skill=level>', 'what if: set a skill level for this run (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format (html: one self-contained page with a risk map)').choices(formatsOf('advise')).default('text'))
    .addOption(langOption('report language'))
    .addOption(regionOption())
    .option('--hours-per-week <hours>', "hours a week you can spend learning, for the time to ready (default: the config file's hoursPerWeek, else the profile's, else 5)", hoursPerWeek)
    .option('--compare', 'with --set, --risk or --weights: show the ranking beside the profile as written')
    .addOption(jobsOption())
    .option('--strict', 'treat profile warnings (an unknown skill, a currentRole the catalog lacks, say) as errors')
    // A function: the appetites' text is wrapped only when help is shown.
    .addHelpText('after', () => `\n${appetiteHelp()}`)
    .action(async (options: AdviseCommandOptions, command: Command) => {
      const lang = reportLang(options.lang);
      const region = regionOverride(options.region);
      const catalog = await openCatalog(catalogDir(options.catalog));
      const hours = hoursSetting(options.hoursPerWeek).value;
      const overrides = { risk: options.risk, weights: options.weights, set: options.set, ...(hours !== undefined && { hoursPerWeek: hours }) };
      if (options.batch !== undefined) {
        if (options.profile !== undefined || options.compare || command.getOptionValueSource('format') === 'cli') {
          throw usageError(
            { en: '--batch does not combine with --profile, --compare or --format', zh: '--batch 不能与 --profile、--compare 或 --format 同时使用' },
            { en: 'a batch writes one JSON line per profile; see the README section "Batch"', zh: '批量模式为每份档案输出一行 JSON；详见 README 的“Batch”一节' },
          );
        }
        const domains = checkDomains(catalog, options.domain);
        printWarnings(command, [...catalog.warnings, ...setWarnings(catalog, options.set, options.strict ?? false)]);
        const { adviseBatch, batchInput } = await import('../app/batch.js');
        let failed = 0;
        const jobs = batchJobs(options.batch, options.jobs);
        for await (const output of adviseBatch(batchInput(options.batch), { catalog: catalog.catalog, top: options.top, domains, overrides, strict: options.strict ?? false, lang, ...(region && { region }), ...(jobs && { jobs }) })) {
          failed += output.failed;
          // Once nobody reads the output (`| head -1`), the batch stops where it is.
          if (!(await writeStdoutPart(output.lines))) break;
        }
        process.exitCode = failed > 0 ? ExitCode.invalidInput : ExitCode.ok;
        return;
      }
      const profile = profileSetting(options.profile).value;
      if (profile === undefined) {
        throw usageError(
          { en: 'advise needs --profile FILE (or --batch FILE for many profiles)', zh: '请用 --profile 指定档案文件（多份档案用 --batch 指定批量文件）' },
          { en: 'e.g. etr advise --profile me.yaml; `etr init` writes a starter profile', zh: '例如 etr advise --profile me.yaml；`etr init` 可生成一份入门档案' },
        );
      }
      const loaded = await loadProfile(profile, catalog.catalog, { strict: options.strict ?? false });
      const { report, warnings } = adviseWithWarnings(catalog, loaded, { top: options.top, domains: options.domain, ...overrides, compare: options.compare ?? false, lang, strict: options.strict ?? false, ...(region && { region }) });
      printWarnings(command, warnings);
      await writeResult(command, 'advise', options.format, report);
    });
}

/** What the appetite words mean (riskAppetite in a profile, --risk here), in the words of model/etr.ts. */
function appetiteHelp(): string {
  const width = 80;
  return [
    'Risk appetites (riskAppetite in the profile, or --risk):',
    ...riskAppetites.map((a) => wrap(appetiteMeanings.en[a], width, ' '.repeat(15), `  ${a.padEnd(11)}  `)),
    wrap(appetiteNote.en, width, '  ', '  '),
  ].join('\n');
}

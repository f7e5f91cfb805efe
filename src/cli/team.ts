import { Option, type Command } from 'commander';
import { checkDomains, setWarnings } from '../app/advise.js';
import { openCatalog } from '../catalog/source.js';
import { ExitCode, usageError } from '../core/errors.js';
import { writeStderr } from '../core/output.js';
import { formatsOf, type Format } from '../render/registry.js';
import { batchJobs, jobsOption } from './jobs.js';
import { langOption, reportLang } from './lang.js';
import { collect, hoursPerWeek, positiveInteger, printWarnings, writeResult } from './options.js';
import { catalogDir, catalogOption } from './settings.js';
import { addExamples, type Examples } from './help-examples.js';

interface TeamCommandOptions {
  batch?: string;
  merge?: string[];
  catalog?: string;
  top: number;
  domain: string[];
  risk?: string;
  weights?: string;
  set: string[];
  hoursPerWeek?: number;
  strict?: boolean;
  people?: boolean;
  anonymize?: boolean;
  jobs?: number;
  format: Format<'team'>;
  lang?: string;
}

/** The options a merge takes from its inputs, not from its own command line. */
const runOptions = ['top', 'domain', 'risk', 'weights', 'set', 'hoursPerWeek', 'strict', 'people', 'anonymize', 'jobs'] as const;

/** The examples of `etr team --help` and of etr(1). */
const examples: Examples = {
  commentColumn: 57,
  list: [
    { command: 'etr team --batch people.jsonl', comment: "the team's view in the terminal" },
    { command: 'etr team --batch people.jsonl --format html > team.html' },
    { command: 'etr team --batch people.jsonl --people --anonymize --format markdown' },
    { command: 'etr team --batch part-1.jsonl --format json > part-1.json' },
    { command: 'etr team --merge part-1.json part-2.json --format html > team.html' },
    { command: 'etr team --batch people.jsonl --lang zh', comment: '中文报告' },
  ],
};

export function registerTeam(program: Command): void {
  addExamples(program.command('team'), examples)
    .summary('the view over many profiles: readiness per role and domain, team leverage, skill coverage')
    .description(
      "Advise many people as `advise --batch` does and show the view over all of them: how many are ready, a stretch or a long shot for each role and domain among their top N, the skills whose next level would move the most people to ready (team leverage), and the levels of each skill across the team. Memory does not grow with the number of people (except with --people). `--format json` is a partial aggregate: `etr team --merge` adds several into exactly the report of one run over all their inputs.",
    )
    .option('--batch <file>', 'the profiles, as JSON lines or a YAML stream (- reads standard input)')
    .option('--merge <files...>', 'add up the JSON of several `etr team --format json` runs over parts of an input, in the input\'s order')
    .addOption(catalogOption())
    .option('--top <n>', 'how many roles of each person count', positiveInteger, 10)
    .option('--domain <id>', 'only roles in this domain (repeatable)', collect, [])
    .option('--risk <appetite>', 'override every profile\'s risk appetite (a word, or an ETR such as 3%)')
    .option('--weights <list>', 'override the weights, e.g. skill=0.6,risk=0.3,interest=0.1')
    .option('--set <skill=level>', 'what if: set a skill level for everyone (repeatable)', collect, [])
    .option('--hours-per-week <hours>', 'hours a week for learning, for every profile', hoursPerWeek)
    .option('--strict', 'treat profile warnings as errors: such a profile is not counted')
    .option('--people', "add a table of each person's top 3 (memory then grows with the input)")
    .option('--anonymize', 'with --people: each person by their index in the input, never by name')
    .addOption(jobsOption())
    .addOption(new Option('--format <format>', 'output format (json: a partial aggregate that --merge reads)').choices(formatsOf('team')).default('text'))
    .addOption(langOption('report language'))
    .action(async (options: TeamCommandOptions, command: Command) => {
      const lang = reportLang(options.lang);
      const catalog = await openCatalog(catalogDir(options.catalog));
      printWarnings(command, catalog.warnings);
      if (options.merge !== undefined) {
        const given = runOptions.filter((name) => command.getOptionValueSource(name) === 'cli');
        if (options.batch !== undefined || given.length > 0) {
          const flag = options.batch !== undefined ? '--batch' : `--${given[0]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
          throw usageError({ en: `--merge does not combine with ${flag}`, zh: `--merge 不能与 ${flag} 同用` }, { en: 'a merge takes its options from the parts it adds up; give them when making the parts', zh: '合并沿用各部分的选项；请在生成各部分时给出这些选项' });
        }
        const { mergeTeams, readTeamParts } = await import('../app/team.js');
        await writeResult(command, 'team', options.format, mergeTeams(catalog, readTeamParts(options.merge), lang));
        return;
      }
      if (options.batch === undefined) {
        throw usageError(
          { en: 'team needs --batch FILE (or --merge FILE… to add up parts)', zh: 'team 需要 --batch FILE（或用 --merge FILE… 合并各部分）' },
          { en: 'e.g. etr team --batch people.jsonl; one profile per JSON line or YAML document', zh: '例如：etr team --batch people.jsonl；每行一个 JSON 档案，或每个 YAML 文档一个档案' },
        );
      }
      if (options.anonymize && !options.people) throw usageError({ en: '--anonymize goes with --people', zh: '--anonymize 需与 --people 一起使用' }, { en: 'without --people the report names nobody', zh: '不加 --people 时，报告本就不列出任何人的名字' });
      const domains = checkDomains(catalog, options.domain);
      printWarnings(command, setWarnings(catalog, options.set, options.strict ?? false));
      const [{ teamBatch, failuresShown }, { batchInput }] = await Promise.all([import('../app/team.js'), import('../app/batch.js')]);
      const jobs = batchJobs(options.batch, options.jobs);
      const overrides = { risk: options.risk, weights: options.weights, set: options.set, ...(options.hoursPerWeek !== undefined && { hoursPerWeek: options.hoursPerWeek }) };
      const { report, problems } = await teamBatch(batchInput(options.batch), {
        catalog,
        top: options.top,
        domains,
        overrides,
        strict: options.strict ?? false,
        people: options.people ?? false,
        anonymize: options.anonymize ?? false,
        lang,
        ...(jobs && { jobs }),
      });
      if (report.failed > 0) {
        printWarnings(command, problems);
        writeStderr(`etr team: ${report.failed} ${report.failed === 1 ? 'profile' : 'profiles'} could not be read and ${report.failed === 1 ? 'is' : 'are'} counted as failed${problems.length > 0 && report.failed > failuresShown ? ` (the problems of the first ${failuresShown} shown)` : ''}\n`);
      }
      await writeResult(command, 'team', options.format, report);
      process.exitCode = report.failed > 0 ? ExitCode.invalidInput : ExitCode.ok;
    });
}

import { Option, type Command } from 'commander';
import { defaultMaxAgeMonths, validate } from '../app/validate.js';
import { ExitCode, usageError } from '../core/errors.js';
import { pathInfo } from '../core/files.js';
import { terminalSafe } from '../core/terminal-text.js';
import { formatsOf, type Format } from '../render/registry.js';
import { langOption, reportLang } from './lang.js';
import { positiveInteger, writeResult } from './options.js';
import { catalogDir, catalogOption } from './settings.js';
import { addExamples, type Examples } from './help-examples.js';

interface ValidateOptions {
  catalog?: string;
  profile?: string[];
  format: Format<'validate'>;
  strict?: boolean;
  quiet?: boolean;
  maxAge: number;
  lang?: string;
}

/** The examples of `etr validate --help` and of etr(1). */
const examples: Examples = {
  commentColumn: 48,
  list: [
    { command: 'etr validate', comment: 'the built-in catalog' },
    { command: 'etr validate --catalog ./catalog --strict', comment: "your team's catalog, warnings fail" },
    { command: 'etr validate --catalog ./catalog --format github', comment: 'annotate a pull request in CI' },
    { command: 'etr validate --catalog ./catalog --format sarif > etr.sarif', comment: 'for GitHub code scanning' },
    { command: 'etr validate --strict --profile people/*.yaml', comment: 'profiles, against the built-in catalog' },
    { command: 'etr validate --quiet people/*.yaml', comment: 'silent unless something is wrong' },
  ],
};

export function registerValidate(program: Command): void {
  addExamples(program.command('validate'), examples)
    .summary('check a catalog, or profiles against it (schema, references, integrity rules)')
    .description(
      'Check a catalog directory against the schema and the integrity rules, and profiles against the catalog as `advise` reads them, and report every problem with file, line and column. Profile files may be given after --profile or as arguments; without a catalog (--catalog, ETR_CATALOG or a catalog in the config file) they are checked against the built-in catalog, and only they are.',
    )
    .argument('[profiles...]', 'profile files to check (as with --profile)')
    .addOption(catalogOption())
    .option('--profile <files...>', 'profile files to check against the catalog, as advise reads them')
    .addOption(new Option('--format <format>', 'output format (github: workflow commands that annotate a pull request; sarif: SARIF 2.1.0 for code scanning; codequality: a GitLab Code Quality report)').choices(formatsOf('validate')).default('text'))
    .addOption(langOption('language of the summary, messages and hints'))
    .option('--strict', 'fail on warnings too (in profiles, an unknown skill, domain or role is an error)')
    .option('-q, --quiet', 'print only the problems: nothing when all is valid (text and github formats)')
    .option('--max-age <months>', 'warn about references last checked more than this many months ago', positiveInteger, defaultMaxAgeMonths)
    .addHelpText('after', '\nExit codes: 0 valid, 1 problems found, 2 usage error.')
    .action(async (profileArgs: string[], options: ValidateOptions, command: Command) => {
      const profiles = [...(options.profile ?? []), ...profileArgs];
      for (const path of profiles) refuseDirectory(path);
      const catalog = catalogDir(options.catalog);
      const report = await validate({
        ...(catalog !== undefined && { catalog }),
        ...(profiles.length > 0 && { profiles }),
        strict: options.strict ?? false,
        maxAgeMonths: options.maxAge,
        lang: reportLang(options.lang),
      });
      await writeResult(command, 'validate', options.format, report, options.quiet ?? false);
      process.exitCode = report.valid ? ExitCode.ok : ExitCode.invalidInput;
    });
}

/** A catalog given where profiles go (`etr validate ./catalog`) is a usage error that says where it goes. */
function refuseDirectory(path: string): void {
  const info = pathInfo(path);
  if ('stats' in info && info.stats.isDirectory()) {
    const shown = terminalSafe(path);
    throw usageError({ en: `${shown} is a directory, not a profile file`, zh: `${shown} 是目录，不是档案文件` }, { en: `to check a catalog directory, use --catalog ${shown}`, zh: `要检查职位目录，请用 --catalog ${shown}` });
  }
}

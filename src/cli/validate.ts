import { Option, type Command } from 'commander';
import { defaultMaxAgeMonths, validate } from '../app/validate.js';
import { ExitCode } from '../core/errors.js';
import { formatsOf, type Format } from '../render/registry.js';
import { langOption, reportLang } from './lang.js';
import { positiveInteger, writeResult } from './options.js';

interface ValidateOptions {
  catalog?: string;
  format: Format<'validate'>;
  strict?: boolean;
  maxAge: number;
  lang?: string;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .summary('check a catalog (schema, references, integrity rules)')
    .description('Check a catalog directory against the schema and the integrity rules, and report every problem with file, line and column.')
    .option('--catalog <dir>', 'catalog directory (default: the built-in catalog)')
    .addOption(new Option('--format <format>', 'output format').choices(formatsOf('validate')).default('text'))
    .option('--strict', 'fail on warnings too')
    .option('--max-age <months>', 'warn about references last checked more than this many months ago', positiveInteger, defaultMaxAgeMonths)
    .addOption(langOption('language of the messages and hints'))
    .addHelpText(
      'after',
      `
Examples:
  $ etr validate                                  # the built-in catalog
  $ etr validate --catalog ./catalog --strict     # your team's catalog, warnings fail
  $ etr validate --catalog ./catalog --format github   # annotate a pull request in CI

Exit codes: 0 valid, 1 problems found, 2 usage error.`,
    )
    .action(async (options: ValidateOptions, command: Command) => {
      const report = await validate({ ...(options.catalog !== undefined && { catalog: options.catalog }), strict: options.strict ?? false, maxAgeMonths: options.maxAge, lang: reportLang(options.lang) });
      await writeResult(command, 'validate', options.format, report);
      process.exitCode = report.valid ? ExitCode.ok : ExitCode.invalidInput;
    });
}

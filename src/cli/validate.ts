import { Option, type Command } from 'commander';
import { builtinCatalogDir } from '../catalog/builtin.js';
import { displayPath } from '../core/files.js';
import { ExitCode } from '../core/errors.js';
import { positiveInteger } from './options.js';
import { createPalette, colorEnabled, writeStdout } from '../core/output.js';
import { hasErrors } from '../core/problem.js';
import { renderValidation, type ValidationFormat, type ValidationReport } from '../render/validation.js';

interface ValidateOptions {
  catalog?: string;
  format: ValidationFormat;
  strict?: boolean;
  maxAge: number;
}

/** How long a checked claim stays fresh before `validate` asks for it to be checked again. */
const defaultMaxAgeMonths = 24;

/** This month as YYYY-MM (UTC), the "today" a reference's asOf is measured from. */
function currentMonth(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .summary('check a catalog (schema, references, integrity rules)')
    .description('Check a catalog directory against the schema and the integrity rules, and report every problem with file, line and column.')
    .option('--catalog <dir>', 'catalog directory (default: the built-in catalog)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'fail on warnings too')
    .option('--max-age <months>', 'warn about references last checked more than this many months ago', positiveInteger, defaultMaxAgeMonths)
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
      const dir = options.catalog ?? builtinCatalogDir();
      // Imported here: other commands read the compiled built-in catalog and never need the loader.
      const { loadCatalog } = await import('../catalog/load.js');
      const result = await loadCatalog(dir, { today: currentMonth(), maxAgeMonths: options.maxAge });
      const strict = options.strict ?? false;
      const report: ValidationReport = {
        catalog: options.catalog === undefined ? 'built-in' : displayPath(options.catalog),
        valid: !hasErrors(result.problems) && !(strict && result.problems.length > 0),
        strict,
        counts: result.catalog ? { domains: result.catalog.domains.length, roles: result.catalog.roles.length, skills: result.catalog.skills.length } : null,
        files: result.files,
        problems: result.problems,
      };
      const { color } = command.optsWithGlobals<{ color?: boolean }>();
      const palette = createPalette(colorEnabled({ color, machineFormat: options.format !== 'text' }));
      writeStdout(renderValidation(report, options.format, palette));
      process.exitCode = report.valid ? ExitCode.ok : ExitCode.invalidInput;
    });
}

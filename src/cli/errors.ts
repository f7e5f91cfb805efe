import { CommanderError } from 'commander';
import { ExitCode, InvalidInputError, UsageError } from '../core/errors.js';
import { createPalette, colorEnabled, writeStderr } from '../core/output.js';
import { renderProblemsText } from '../report/problems.js';

export const issueTracker = 'https://github.com/etr-cli/etr/issues';

export function debugEnabled(argv: readonly string[]): boolean {
  const flag = process.env.ETR_DEBUG;
  return argv.includes('--debug') || (flag !== undefined && flag !== '' && flag !== '0');
}

/**
 * The one place where failures become messages and exit codes: usage errors (2), invalid input
 * with its located problems (1), and anything else, which is a bug (3: one line, stack on --debug).
 */
export function reportFailure(error: unknown, argv: readonly string[]): ExitCode {
  if (error instanceof CommanderError) {
    // commander has printed its own message (with a "did you mean" where it has one).
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  const palette = createPalette(colorEnabled({}, process.stderr));
  if (error instanceof UsageError) {
    writeStderr(`${palette.red('error:')} ${error.message}${error.hint ? `\n  ${palette.cyan('hint:')} ${error.hint}` : ''}`);
    return ExitCode.usage;
  }
  if (error instanceof InvalidInputError) {
    writeStderr(renderProblemsText(error.problems, palette));
    return ExitCode.invalidInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (debugEnabled(argv)) {
    writeStderr(`internal error: ${error instanceof Error && error.stack ? error.stack : message}`);
  } else {
    writeStderr(`${palette.red('internal error:')} ${message}\nThis is a bug in etr. Run again with --debug (or ETR_DEBUG=1) to see the stack trace, and report it at ${issueTracker}.`);
  }
  return ExitCode.internal;
}

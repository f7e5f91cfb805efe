import { CommanderError } from 'commander';
import { ExitCode, InvalidInputError, UsageError } from '../core/errors.js';
import { createPalette, colorEnabled, writeStderr } from '../core/output.js';
import { terminalSafe } from '../core/terminal-text.js';
import type { Lang } from '../model/lang.js';
import { renderProblemsText } from '../render/problems.js';
import { commanderErrorInChinese } from './commander-zh.js';
import { debugEnabled } from './debug.js';

export const issueTracker = 'https://github.com/etr-cli/etr/issues';

export { debugEnabled };

/**
 * The one place where failures become messages and exit codes: usage errors (2), invalid input
 * with its located problems (1), and anything else, which is a bug (3: one line, stack on --debug).
 */
export function reportFailure(error: unknown, argv: readonly string[], lang: Lang = 'en'): ExitCode {
  const palette = createPalette(colorEnabled({}, 'stderr'));
  if (error instanceof CommanderError) {
    // In English commander has printed its own message (with a "did you mean" where it has one);
    // in Chinese it printed nothing, and it is said here.
    if (lang === 'zh' && error.exitCode !== 0) writeStderr(`${palette.red('错误：')}${terminalSafe(commanderErrorInChinese(error))}\n${helpLine(argv)}`);
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UsageError) {
    const zh = lang === 'zh' ? error.zh : undefined;
    if (zh) writeStderr(`${palette.red('错误：')}${terminalSafe(zh.message)}${zh.hint ? `\n  ${palette.cyan('提示：')}${terminalSafe(zh.hint)}` : ''}`);
    else writeStderr(`${palette.red('error:')} ${terminalSafe(error.message)}${error.hint ? `\n  ${palette.cyan('hint:')} ${terminalSafe(error.hint)}` : ''}`);
    return ExitCode.usage;
  }
  if (error instanceof InvalidInputError) {
    writeStderr(renderProblemsText(error.problems, palette, lang));
    return ExitCode.invalidInput;
  }
  if (debugEnabled(argv)) {
    writeStderr(`internal error: ${terminalSafe(describeInternal(error, true))}`);
  } else if (lang === 'zh') {
    writeStderr(`${palette.red('内部错误：')}${terminalSafe(describeInternal(error, false))}（这是 etr 的缺陷：加上 --debug 或设置 ETR_DEBUG=1 再运行一次可看到详情，并请报告至 ${issueTracker}）`);
  } else {
    writeStderr(`${palette.red('internal error:')} ${terminalSafe(describeInternal(error, false))} (a bug in etr: run again with --debug or ETR_DEBUG=1 for the details, and report it at ${issueTracker})`);
  }
  return ExitCode.internal;
}

/** Where to read the usage, after a command-line mistake: the command's help when the line names one. */
function helpLine(argv: readonly string[]): string {
  const command = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const known = ['advise', 'plan', 'match', 'show', 'init', 'import', 'validate', 'catalog', 'schema', 'config', 'completion'];
  return `（用法见 etr ${command !== undefined && known.includes(command) ? `${command} ` : ''}--help）`;
}

/**
 * What went wrong, for the internal-error line: the message on one line, or with `stack` the
 * full stack. Whatever was thrown (a string, null, an object whose message getter throws), this
 * returns text and never throws itself.
 */
export function describeInternal(error: unknown, stack: boolean): string {
  let text: string;
  try {
    if (error instanceof Error) text = (stack ? error.stack : undefined) ?? (error.message || error.name);
    else text = typeof error === 'string' ? error : String(error);
  } catch {
    text = 'an unprintable value was thrown';
  }
  if (stack) return text;
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim() || 'unknown error';
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

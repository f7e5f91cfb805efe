import type { ChineseWords, Problem } from './problem.js';
import type { Text } from './text.js';

/** Exit codes, as documented in the README. */
export const ExitCode = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  internal: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The command was called wrongly, or a file it names cannot be read at all (exit 2). etr raises
 * it with usageError(), which requires the words in every language; `message` and `hint` are
 * the English, `zh` the Chinese.
 */
export class UsageError extends Error {
  readonly hint: string | undefined;
  /** The Chinese, set by usageError() as a property that is not enumerable: an error compares as its English. */
  declare readonly zh?: ChineseWords;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

/** A usage error, its message and hint each in every language. */
export function usageError(message: Text, hint?: Text): UsageError {
  const error = new UsageError(message.en, hint?.en);
  Object.defineProperty(error, 'zh', { value: hint === undefined ? { message: message.zh } : { message: message.zh, hint: hint.zh } });
  return error;
}

/** The input was read but is invalid (exit 1); carries every problem found, not just the first. */
export class InvalidInputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}

// The built bundle is minified, class names too; the API exports these two, so give them back
// their names for a program that inspects one (`InvalidInputError [...]`, not `F [...]`).
for (const [type, name] of [[UsageError, 'UsageError'], [InvalidInputError, 'InvalidInputError']] as const) Object.defineProperty(type, 'name', { value: name });

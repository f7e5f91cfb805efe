import type { Problem } from './problem.js';

/** Exit codes, as documented in the README. */
export const ExitCode = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  internal: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The command was called wrongly, or a file it names cannot be read at all (exit 2). */
export class UsageError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
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

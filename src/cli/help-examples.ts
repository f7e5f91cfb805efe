import type { Command } from 'commander';
import { displayWidth, padEnd } from '../core/text-width.js';

/** One example command line, and what it does: a comment's later lines go under its first. */
export interface Example {
  readonly command: string;
  readonly comment?: string;
}

/**
 * A command's examples, as data: its --help and the man page (man-page.ts) both write them from
 * here, so the two cannot differ. commentColumn is where the comments line up, counted from the $
 * that starts each line; a longer command puts its comment three spaces after it.
 */
export interface Examples {
  readonly commentColumn?: number;
  readonly list: readonly Example[];
}

const registered = new WeakMap<Command, Examples>();

/**
 * Adds an "Examples:" section after the command's help (before any later help text) and keeps the
 * examples for the man page. Returns the command, for commander's chain.
 */
export function addExamples(command: Command, examples: Examples): Command {
  registered.set(command, examples);
  return command.addHelpText('after', () => `\nExamples:\n${exampleLines(examples).map((line) => `  ${line}`).join('\n')}`);
}

/** The examples given to addExamples for this command, if any. */
export function examplesOf(command: Command): Examples | undefined {
  return registered.get(command);
}

/** The examples as lines "$ etr …   # what it does", without indentation; a wide (CJK) character takes two columns. */
export function exampleLines({ list, commentColumn = 0 }: Examples): string[] {
  return list.flatMap(({ command, comment }) => {
    const line = `$ ${command}`;
    if (comment === undefined) return [line];
    const column = Math.max(commentColumn, displayWidth(line) + 3);
    const [first, ...more] = comment.split('\n');
    return [`${padEnd(line, column)}# ${first}`, ...more.map((rest) => `${' '.repeat(column)}# ${rest}`)];
  });
}

import { InvalidArgumentError, type Command } from 'commander';
import { createPalette, colorEnabled, outputWidth, stderrLang, writeStderr, writeStdout } from '../core/output.js';
import type { Problem } from '../core/problem.js';
import type { Text } from '../core/text.js';
import { maxHoursPerWeek } from '../profile/schema.js';
import { renderProblemsText } from '../render/problems.js';
import type { Palette } from '../core/palette.js';
import { render, type Command as ResultCommand, type Format, type Results } from '../render/registry.js';

/** Option parsers and helpers that several commands share. */

/** Why a parser below refuses a value, in every language (commander prints the English; commander-zh.ts the Chinese). */
const wholeNumberText: Text = { en: 'expected a whole number of 1 or more.', zh: '应为不小于 1 的整数。' };
const hoursText: Text = { en: `expected a number of hours above 0 and at most ${maxHoursPerWeek}.`, zh: `应为大于 0、不超过 ${maxHoursPerWeek} 的小时数。` };

export function optionParserTexts(): readonly Text[] {
  return [wholeNumberText, hoursText];
}

export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < 1) throw new InvalidArgumentError(wholeNumberText.en);
  return number;
}

/** Hours a week for learning, by the profile's rule for hoursPerWeek: more than 0, at most 80. */
export function hoursPerWeek(value: string): number {
  const hours = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(hours > 0 && hours <= maxHoursPerWeek)) throw new InvalidArgumentError(hoursText.en);
  return hours;
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The palette for stdout: colour only for the text format, on a terminal, without NO_COLOR or --no-color. */
export function stdoutPalette(command: Command, format: string): Palette {
  const { color } = command.optsWithGlobals<{ color?: boolean }>();
  return createPalette(colorEnabled({ color, machineFormat: format !== 'text' }));
}

/** Warnings are diagnostics: they go to stderr in every format, so stdout stays the result. */
export function printWarnings(command: Command, warnings: readonly Problem[]): void {
  if (warnings.length === 0) return;
  const { color } = command.optsWithGlobals<{ color?: boolean }>();
  writeStderr(renderProblemsText(warnings, createPalette(colorEnabled({ color }, 'stderr')), stderrLang()));
}

/** Renders a use case's result in the chosen format and writes it to stdout; with `quiet`, an empty rendering writes nothing at all. */
export async function writeResult<C extends ResultCommand>(command: Command, name: C, format: Format<C>, result: Results[C], quiet = false): Promise<void> {
  const text = await render(name, format, result, { palette: stdoutPalette(command, format), width: outputWidth(), quiet });
  if (!(quiet && text === '')) writeStdout(text);
}

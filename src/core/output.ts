import { Chalk } from 'chalk';
import type { Palette } from '../report/palette.js';

/**
 * Colour only for people: never when stdout is not a terminal, when NO_COLOR is set, with
 * --no-color, or for machine formats. chalk honours FORCE_COLOR but not NO_COLOR by itself.
 */
export function colorEnabled(options: { color?: boolean; machineFormat?: boolean }, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (options.color === false || options.machineFormat) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const forced = process.env.FORCE_COLOR;
  if (forced !== undefined) return forced !== '0' && forced !== 'false';
  return Boolean(stream.isTTY);
}

export function createPalette(enabled: boolean): Palette {
  const chalk = new Chalk({ level: enabled ? 1 : 0 });
  return {
    bold: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    red: (t) => chalk.red(t),
    yellow: (t) => chalk.yellow(t),
    green: (t) => chalk.green(t),
    cyan: (t) => chalk.cyan(t),
    magenta: (t) => chalk.magenta(t),
  };
}

/** The width to render for: the terminal's, or 100 columns when output goes to a file or pipe. */
export function outputWidth(stream: NodeJS.WriteStream = process.stdout): number {
  return stream.isTTY && stream.columns ? Math.max(40, stream.columns) : 100;
}

export function writeStdout(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function writeStderr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * A reader that goes away early (`etr … | head -1`) is normal for a CLI: stop quietly instead of
 * failing with EPIPE.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') {
        stream.destroy();
        return;
      }
      throw error;
    });
  }
}

import { fstatSync } from 'node:fs';
import { plainPalette, type Palette } from '../report/palette.js';
import { ExitCode } from './errors.js';

/**
 * Colour only for people: never when stdout is not a terminal, when NO_COLOR is set, with
 * --no-color, or for machine formats. chalk honours FORCE_COLOR but not NO_COLOR by itself.
 */
export function colorEnabled(options: { color?: boolean; machineFormat?: boolean }, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (options.color === false || options.machineFormat) return false;
  return colorFromEnvironment() ?? Boolean(stream.isTTY);
}

/** What the environment decides about colour, if anything: NO_COLOR says no, FORCE_COLOR yes or no. */
function colorFromEnvironment(): boolean | undefined {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const forced = process.env.FORCE_COLOR;
  return forced === undefined ? undefined : forced !== '0' && forced !== 'false';
}

/** chalk, once loadColor() has found colour possible in this run. */
let chalkModule: typeof import('chalk') | undefined;

/**
 * Loads chalk if any output of this run could be coloured: a terminal on stdout or stderr, or
 * FORCE_COLOR, and no NO_COLOR. Output piped into a script, the common case of a run in a loop, never pays for it.
 * The CLI calls this once before a command runs; createPalette is synchronous.
 */
export async function loadColor(): Promise<void> {
  if (chalkModule) return;
  const possible = colorFromEnvironment() ?? (Boolean(process.stdout.isTTY) || stderrMayBeTerminal());
  if (possible) chalkModule = await import('chalk');
}

export function createPalette(enabled: boolean): Palette {
  if (!enabled || !chalkModule) return plainPalette;
  const chalk = new chalkModule.Chalk({ level: 1 });
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
  endQuietlyOnClosedPipe(process.stderr);
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * Whether stderr could be a terminal, asked of the file descriptor: touching process.stderr would
 * build its stream (and load the net module for a pipe) in every run, even those that never write
 * to it. A character device may also be /dev/null; then chalk loads for nothing, which is harmless.
 */
function stderrMayBeTerminal(): boolean {
  try {
    return fstatSync(2).isCharacterDevice();
  } catch {
    return false;
  }
}

const guarded = new WeakSet<NodeJS.WriteStream>();
let reported = false;

/**
 * A reader that goes away early (`etr … | head -1`) is normal for a CLI: stop quietly instead of
 * failing with EPIPE. Any other failure to write (a full disk, `> /dev/full`) is the
 * environment's, not a bug in etr: one line on stderr, exit 2, and no stack trace.
 * Installed on stdout at start, and on stderr at its first write (see writeStderr).
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    stream.destroy();
    // Writes after that find the stream destroyed; the reader is gone, which is not a failure.
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || reported) return;
    reported = true;
    // Like a file that cannot be read; set again at exit, in case a command sets its own code later.
    process.exitCode = ExitCode.usage;
    process.once('exit', () => {
      process.exitCode = ExitCode.usage;
    });
    if (stream === process.stdout && !process.stderr.destroyed) {
      process.stderr.write(`error: cannot write the output: ${error.message}\n`);
    }
  });
}

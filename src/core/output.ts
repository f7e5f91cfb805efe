import { fstatSync, writeSync } from 'node:fs';
import type { Lang } from '../model/lang.js';
import { plainPalette, type Palette } from './palette.js';
import { ExitCode } from './errors.js';

type StdStream = 'stdout' | 'stderr';

/**
 * Colour only for people: never when the stream is not a terminal, when NO_COLOR is set, with
 * --no-color, or for machine formats. chalk honours FORCE_COLOR but not NO_COLOR by itself.
 */
export function colorEnabled(options: { color?: boolean; machineFormat?: boolean }, stream: StdStream = 'stdout'): boolean {
  if (options.color === false || options.machineFormat) return false;
  return colorFromEnvironment() ?? isTerminal(stream);
}

/**
 * What the environment decides about colour, if anything: NO_COLOR says no, FORCE_COLOR yes or no,
 * and a terminal that calls itself dumb (TERM=dumb: Emacs shells, some CI logs) no, unless forced.
 */
function colorFromEnvironment(): boolean | undefined {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const forced = process.env.FORCE_COLOR;
  if (forced !== undefined) return forced !== '0' && forced !== 'false';
  return process.env.TERM === 'dumb' ? false : undefined;
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
  const possible = colorFromEnvironment() ?? (mayBeTerminal(1) || mayBeTerminal(2));
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
export function outputWidth(): number {
  return isTerminal('stdout') && process.stdout.columns ? Math.max(40, process.stdout.columns) : 100;
}

/**
 * Whether the stream is a terminal. process.stdout and process.stderr are built on first use, and
 * building one loads net (a pipe) or tty (a terminal), which costs more than a short command's
 * own work; so the file descriptor is asked first, and only a possible terminal builds its stream.
 */
function isTerminal(stream: StdStream): boolean {
  return mayBeTerminal(stream === 'stdout' ? 1 : 2) && Boolean(process[stream].isTTY);
}

/**
 * A terminal is a character device. On Linux the memory devices (major number 1: /dev/null,
 * /dev/zero, /dev/full) are character devices too but never terminals, and /dev/null is where
 * scripts and benchmarks send output; elsewhere every character device counts as a possible one.
 */
function mayBeTerminal(fd: 1 | 2): boolean {
  try {
    const stats = fstatSync(fd);
    return stats.isCharacterDevice() && !(process.platform === 'linux' && Math.floor(stats.rdev / 256) % 4096 === 1);
  } catch {
    return false;
  }
}

/** Set once something has written through process.stdout: from then on everything does, in order. */
let stdoutStreamInUse = false;

/** Set once stdout's reader has gone or writing failed: later output is dropped. */
let stdoutClosed = false;

/**
 * Writes a command's whole result. Straight to the file descriptor while nothing has built
 * process.stdout (see isTerminal); through the stream once something has, so output stays in
 * order. A descriptor that would block (a non-blocking pipe) hands the rest to the stream.
 */
export function writeStdout(text: string): void {
  void writeStdoutPart(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * Writes one part of output that is written as it is made (etr advise --batch), as writeStdout
 * does: text, or bytes that the caller may reuse once this returns (anything the stream must
 * keep is copied). Resolves once the part is written, or taken by a stream that is ready for
 * more, so memory stays constant however slow the reader; false once nobody reads standard
 * output any more.
 */
export async function writeStdoutPart(text: string | Uint8Array): Promise<boolean> {
  if (stdoutClosed || text.length === 0) return !stdoutClosed;
  const rest = stdoutStreamInUse ? (typeof text === 'string' ? text : Buffer.from(text)) : writeDirect(text);
  if (rest !== undefined) {
    stdoutStreamInUse = true;
    endQuietlyOnClosedPipe(process.stdout);
    const stdout = process.stdout;
    if (!stdout.write(rest)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          stdout.off('drain', done).off('close', done);
          resolve();
        };
        stdout.once('drain', done).once('close', done);
      });
    }
  }
  return !stdoutClosed;
}

/**
 * Writes to file descriptor 1 what it takes; returns what it would not take without blocking,
 * for the stream, as a copy of its own (undefined when all is written, or writing failed and
 * failedToWrite has said so). A string goes to writeSync as it is: turning it into a Buffer first
 * costs more than the write.
 */
function writeDirect(text: string | Uint8Array): string | Uint8Array | undefined {
  let rest: string | Uint8Array = text;
  try {
    const written = typeof text === 'string' ? writeSync(1, text) : writeSync(1, text);
    if (written === (typeof text === 'string' ? Buffer.byteLength(text) : text.length)) return undefined;
    // Only a non-blocking descriptor takes part of a write.
    rest = typeof text === 'string' ? Buffer.from(text).subarray(written) : text.subarray(written);
    while (rest.length > 0) rest = rest.subarray(writeSync(1, rest));
    return undefined;
  } catch (caught) {
    const error = caught as NodeJS.ErrnoException;
    if (error.code === 'EAGAIN') return typeof rest === 'string' ? rest : Buffer.from(rest);
    failedToWrite(error, 'stdout');
    return undefined;
  }
}

export function writeStderr(text: string): void {
  writeStderrPart(text.endsWith('\n') ? text : `${text}\n`);
}

/** Writes text to stderr as it is (commander's messages end their own lines). */
export function writeStderrPart(text: string): void {
  endQuietlyOnClosedPipe(process.stderr);
  if (!process.stderr.destroyed) process.stderr.write(text);
}

const guarded = new WeakSet<NodeJS.WriteStream>();
let reported = false;

/**
 * Guards a stream at its first use (writeStdoutPart, writeStderr) so that failing writes end as
 * failedToWrite says, not as an unhandled 'error' event with a stack trace.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    stream.destroy();
    failedToWrite(error, stream === process.stdout ? 'stdout' : 'stderr');
  });
}

/**
 * A reader that goes away early (`etr … | head -1`) is normal for a CLI: stop quietly instead of
 * failing with EPIPE. Any other failure to write (a full disk, `> /dev/full`) is the
 * environment's, not a bug in etr: one line on stderr, exit 2, and no stack trace.
 */
let diagnosticsLang: Lang = 'en';

/** The language of etr's warnings and errors on stderr in this run; set once, before the command line is parsed. */
export function setStderrLang(lang: Lang): void {
  diagnosticsLang = lang;
}

export function stderrLang(): Lang {
  return diagnosticsLang;
}

function failedToWrite(error: NodeJS.ErrnoException, stream: StdStream): void {
  if (stream === 'stdout') stdoutClosed = true;
  // Writes after that find the stream destroyed; the reader is gone, which is not a failure.
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || reported) return;
  reported = true;
  // Like a file that cannot be read; set again at exit, in case a command sets its own code later.
  process.exitCode = ExitCode.usage;
  process.once('exit', () => {
    process.exitCode = ExitCode.usage;
  });
  if (stream === 'stdout' && !process.stderr.destroyed) {
    process.stderr.write(diagnosticsLang === 'zh' ? `错误：无法写出结果：${error.message}\n` : `error: cannot write the output: ${error.message}\n`);
  }
}

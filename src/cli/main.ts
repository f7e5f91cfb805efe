import { writeSync } from 'node:fs';
import packageJson from '../../package.json' with { type: 'json' };

/**
 * The `etr` binary's entry: as small as can be, so that `etr --version` costs little more than
 * starting Node. Everything else is in run.ts, which the build puts in a file of its own
 * (dist/cli.js) that only the other commands load.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    writeVersion(`${packageJson.version}\n`);
    return;
  }
  const { run } = await import('./run.js');
  await run(argv);
}

/**
 * Straight to the file descriptor, as every result is written (core/output.ts, which this file
 * does not load, to stay small): a reader that has gone away (`etr --version | true`) ends it
 * quietly. A descriptor that would block hands the text to the stream, guarded the same way.
 */
function writeVersion(text: string): void {
  try {
    writeSync(1, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return;
    if (code !== 'EAGAIN') {
      // A full disk, say: the environment's fault, as core/output.ts reports it (exit 2).
      process.exitCode = 2;
      try {
        writeSync(2, `error: cannot write the output: ${(error as Error).message}\n`);
      } catch {
        // stderr is gone too: the exit code says it.
      }
      return;
    }
    process.stdout.on('error', () => undefined).write(text);
  }
}

// No top-level await: the binary is bundled as CommonJS. run() handles every failure itself.
void main(process.argv);

import { endQuietlyOnClosedPipe } from '../core/output.js';
import { reportFailure } from './errors.js';
import { buildProgram } from './program.js';

/** The `etr` binary. Sets process.exitCode and never calls process.exit, so output is flushed. */
export async function main(argv: readonly string[]): Promise<void> {
  endQuietlyOnClosedPipe();
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (error) {
    process.exitCode = reportFailure(error, argv);
  }
}

await main(process.argv);

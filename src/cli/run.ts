import { loadColor } from '../core/output.js';
import { reportFailure } from './errors.js';
import { readStderrLang } from './lang.js';
import { suggestForOptionsWithValues } from './option-suggestions.js';
import { buildProgram } from './program.js';

/** Runs one command line. Sets process.exitCode and never calls process.exit, so output is flushed. */
export async function run(argv: readonly string[]): Promise<void> {
  await loadColor();
  const lang = readStderrLang(argv.slice(2));
  try {
    const program = buildProgram(argv, lang);
    suggestForOptionsWithValues(program);
    await program.parseAsync([...argv]);
  } catch (error) {
    process.exitCode = reportFailure(error, argv, lang);
  }
}

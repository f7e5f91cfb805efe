import { loadColor } from '../core/output.js';
import { reportFailure } from './errors.js';
import { loadUserConfig } from './config-file.js';
import { readStderrLang } from './lang.js';
import { suggestForOptionsWithValues } from './option-suggestions.js';
import { buildProgram } from './program.js';

/** Runs one command line. Sets process.exitCode and never calls process.exit, so output is flushed. */
export async function run(argv: readonly string[]): Promise<void> {
  await loadColor();
  let lang = readStderrLang(argv.slice(2));
  try {
    // The config file first: its `lang` is the language of every error after it.
    await loadUserConfig();
    lang = readStderrLang(argv.slice(2));
    const program = buildProgram(argv, lang);
    suggestForOptionsWithValues(program);
    await program.parseAsync([...argv]);
  } catch (error) {
    process.exitCode = reportFailure(error, argv, lang);
  }
}

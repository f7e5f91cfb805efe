import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import { usageError } from '../core/errors.js';
import { installedSchemaFile } from '../schema/location.js';
import { langOption, reportLang } from './lang.js';
import { catalogDir, catalogOption } from './settings.js';
import { addExamples, type Examples } from './help-examples.js';

/**
 * Where the profile's `$schema=` line points: the profile schema in etr's own installation, as a
 * path relative to the profile's directory (the YAML language server resolves it from the file),
 * so it works wherever etr is installed, and stays valid in a project that has etr in its
 * node_modules. Undefined (no line) if the installation lacks the file.
 */
function schemaReference(out: string): string | undefined {
  const file = installedSchemaFile('profile');
  if (file === undefined) return undefined;
  const dir = out === '-' ? process.cwd() : dirname(resolve(out));
  // Real paths on both sides: etr's own path is real (Node resolves its symlinks), a symlinked
  // profile directory (macOS's /tmp) would otherwise count the wrong number of "..".
  const path = relative(realPath(dir), realPath(file));
  return isAbsolute(path) ? path : path.split(sep).join('/');
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The examples of `etr init --help` and of etr(1). */
const examples: Examples = {
  commentColumn: 39,
  list: [
    { command: 'etr init', comment: 'writes profile.yaml' },
    { command: 'etr init --out me.yaml' },
    { command: 'etr init --out - | less' },
    { command: 'etr init --interview --out me.yaml', comment: 'asks name, experience, error tolerance, interests, skills' },
    { command: 'etr init --lang zh --out me.yaml', comment: 'comments in Chinese' },
  ],
};

export function registerInit(program: Command): void {
  addExamples(program.command('init'), examples)
    .summary('write a commented starter profile')
    .description('Write a commented starter profile listing the level scale, the risk appetites and every skill by category.')
    .option('--out <file>', 'where to write it; - for standard output', 'profile.yaml')
    .option('--force', 'replace the file if it exists')
    .addOption(catalogOption('list the skills of this catalog'))
    .option('--interview', 'ask a few questions on the terminal and write the profile from the answers')
    .addOption(langOption('the language of the comments and of the interview'))
    .action(async (options: { out: string; force?: boolean; catalog?: string; interview?: boolean; lang?: string }) => {
      const lang = reportLang(options.lang);
      if (options.interview) {
        // Checked before the catalog is opened or a question asked: nobody answers for nothing.
        if (options.out === '-') throw usageError({ en: 'etr init --interview writes a file, not standard output', zh: 'etr init --interview 只写入文件，不写到标准输出' }, { en: 'name one with --out, for example --out me.yaml', zh: '请用 --out 指定文件，例如 --out me.yaml' });
        if (!process.stdin.isTTY || !process.stdout.isTTY) {
          throw usageError(
            { en: 'etr init --interview asks its questions on a terminal, and there is none', zh: 'etr init --interview 需要在终端里提问，但当前没有终端' },
            { en: 'write a starter profile to edit instead: etr init --out me.yaml', zh: '可改为生成一份入门档案再修改：etr init --out me.yaml' },
          );
        }
      }
      // Imported here, not at start-up: only init writes files or needs the template.
      const [{ catalog }, { starterProfile }, { checkProfileOut, writeProfileOut }] = await Promise.all([openCatalog(catalogDir(options.catalog)), import('../profile/template.js'), import('./out-file.js')]);
      const schema = schemaReference(options.out);
      const force = options.force ?? false;
      const template = { ...(schema === undefined ? {} : { schema }), lang };
      if (!options.interview) {
        await writeProfileOut(options.out, starterProfile(catalog, template), force, 'edit', lang);
        return;
      }
      // Before the first question: nobody answers for a file that cannot be written.
      checkProfileOut(options.out, force);
      const [{ runInterview, InterviewCancelled }, { interviewProfile }] = await Promise.all([import('./interview.js'), import('../profile/interview.js')]);
      let text: string;
      try {
        text = interviewProfile(catalog, await runInterview(catalog, lang), template);
      } catch (error) {
        if (!(error instanceof InterviewCancelled)) throw error;
        // As a shell reports a run stopped by Ctrl-C (128 + SIGINT); nothing was written.
        process.exitCode = 130;
        return;
      }
      await writeProfileOut(options.out, text, force, 'advise', lang);
    });
}

import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import { UsageError } from '../core/errors.js';
import { describeNonRegular, displayPath, lstatOrUndefined } from '../core/files.js';
import { terminalSafe } from '../core/terminal-text.js';
import { writeStderr, writeStdout } from '../core/output.js';
import { installedSchemaFile } from '../schema/location.js';

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

export function registerInit(program: Command): void {
  program
    .command('init')
    .summary('write a commented starter profile')
    .description('Write a commented starter profile listing the level scale, the risk appetites and every skill by category.')
    .option('--out <file>', 'where to write it; - for standard output', 'profile.yaml')
    .option('--force', 'replace the file if it exists')
    .option('--catalog <dir>', 'list the skills of this catalog (default: the built-in catalog)')
    .option('--interview', 'ask a few questions on the terminal and write the profile from the answers')
    .addHelpText('after', '\nExamples:\n  $ etr init                       # writes profile.yaml\n  $ etr init --out me.yaml\n  $ etr init --out - | less\n  $ etr init --interview --out me.yaml   # asks name, experience, error tolerance, interests, skills')
    .action(async (options: { out: string; force?: boolean; catalog?: string; interview?: boolean }) => {
      if (options.interview) {
        // Checked before the catalog is opened or a question asked: nobody answers for nothing.
        if (options.out === '-') throw new UsageError('etr init --interview writes a file, not standard output', 'name one with --out, for example --out me.yaml');
        if (!process.stdin.isTTY || !process.stdout.isTTY) throw new UsageError('etr init --interview asks its questions on a terminal, and there is none', 'write a starter profile to edit instead: etr init --out me.yaml');
      }
      // Imported here, not at start-up: only init writes files or needs the template.
      const [{ catalog }, { starterProfile }, { writeFileAtomic }] = await Promise.all([openCatalog(options.catalog), import('../profile/template.js'), import('../core/write-file.js')]);
      const schema = schemaReference(options.out);
      if (options.out === '-') {
        writeStdout(starterProfile(catalog, schema === undefined ? {} : { schema }));
        return;
      }
      checkOut(options.out, options.force ?? false);
      let text: string;
      if (options.interview) {
        const [{ runInterview, InterviewCancelled }, { interviewProfile }] = await Promise.all([import('./interview.js'), import('../profile/interview.js')]);
        try {
          text = interviewProfile(catalog, await runInterview(catalog), schema === undefined ? {} : { schema });
        } catch (error) {
          if (!(error instanceof InterviewCancelled)) throw error;
          // As a shell reports a run stopped by Ctrl-C (128 + SIGINT); nothing was written.
          process.exitCode = 130;
          return;
        }
      } else text = starterProfile(catalog, schema === undefined ? {} : { schema });
      await writeFileAtomic(options.out, text, { overwrite: options.force ?? false });
      const shown = displayPath(options.out);
      writeStderr(options.interview ? `wrote ${terminalSafe(shown)}; see your career paths: etr advise --profile ${terminalSafe(shown)}` : `wrote ${terminalSafe(shown)}; edit it, then run: etr advise --profile ${terminalSafe(shown)}`);
    });
}

/** What --out names must be a new file, or with --force a regular file to replace. */
function checkOut(out: string, force: boolean): void {
  if (out.trim() === '') throw new UsageError('--out needs a file name', 'for example --out me.yaml, or --out - for standard output');
  if (/[\\/]$/.test(out)) throw new UsageError(`--out ${terminalSafe(out)} names a directory, not a file`, `name the file inside it, for example --out ${terminalSafe(out)}profile.yaml`);
  // Whatever stops lstat (a name too long, say) stops the write too, which reports it in full.
  const existing = lstatOrUndefined(out);
  const shown = displayPath(out);
  if (existing?.isDirectory()) throw new UsageError(`${shown} is a directory`, 'name a file with --out');
  // Only a regular file is ever replaced, and the name itself: a link is not followed to
  // replace what it points at (a link to /proc/self/fd/1), nor is a device (/dev/null) or a
  // pipe replaced by a file.
  if (existing?.isSymbolicLink()) throw new UsageError(`${shown} is a symbolic link; etr neither replaces it nor writes through it`, 'name the file itself with --out, or --out - for standard output');
  if (existing && !existing.isFile()) throw new UsageError(`${shown} is ${describeNonRegular(existing)}, not a regular file; etr writes only regular files`, 'name a regular file with --out, or --out - for standard output');
  if (existing && !force) throw new UsageError(`${shown} exists; not overwritten`, 'pass --force to replace it, or --out another file');
}

import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import { UsageError } from '../core/errors.js';
import { displayPath } from '../core/files.js';
import { writeStderr, writeStdout } from '../core/output.js';
import { writeFileAtomic } from '../core/write-file.js';
import { starterProfile } from '../profile/template.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .summary('write a commented starter profile')
    .description('Write a commented starter profile listing the level scale, the risk appetites and every skill by category.')
    .option('--out <file>', 'where to write it; - for standard output', 'profile.yaml')
    .option('--force', 'replace the file if it exists')
    .option('--catalog <dir>', 'list the skills of this catalog (default: the built-in catalog)')
    .addHelpText('after', '\nExamples:\n  $ etr init                       # writes profile.yaml\n  $ etr init --out me.yaml\n  $ etr init --out - | less')
    .action(async (options: { out: string; force?: boolean; catalog?: string }) => {
      const { catalog } = await openCatalog(options.catalog);
      const text = starterProfile(catalog);
      if (options.out === '-') {
        writeStdout(text);
        return;
      }
      const existing = await stat(options.out).catch(() => undefined);
      if (existing?.isDirectory()) throw new UsageError(`${displayPath(options.out)} is a directory`, 'name a file with --out');
      if (existing && !options.force) throw new UsageError(`${displayPath(options.out)} exists; not overwritten`, 'pass --force to replace it, or --out another file');
      await writeFileAtomic(options.out, text, { overwrite: options.force ?? false });
      writeStderr(`wrote ${displayPath(options.out)}; edit it, then run: etr advise --profile ${displayPath(options.out)}`);
    });
}

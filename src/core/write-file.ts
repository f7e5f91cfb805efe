import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';
import { displayPath } from './files.js';

/**
 * Writes a file so that it is either absent or complete: the text goes to a temporary file in
 * the same directory, which then takes the target's name in one step. Without `overwrite`, the
 * final step is a hard link, which fails if the target appeared meanwhile, so nothing is lost.
 */
export async function writeFileAtomic(path: string, text: string, options: { overwrite: boolean }): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await rename(temporary, path);
    } else {
      await link(temporary, path);
      await unlink(temporary);
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const shown = displayPath(path);
    if (code === 'EEXIST') throw new UsageError(`${shown} exists; not overwritten`, 'pass --force to replace it, or --out another file');
    if (code === 'ENOENT') throw new UsageError(`cannot write ${shown}: its directory does not exist`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new UsageError(`cannot write ${shown}: permission denied`);
    if (code === 'EISDIR') throw new UsageError(`${shown} is a directory`, 'name a file with --out');
    throw error;
  }
}

import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { usageError } from './errors.js';
import { displayPath } from './files.js';

/** The temporary file's name: hidden, next to the target, unique, and short enough for any file system. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path).slice(0, 100)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a file so that it is either absent or complete: the text goes to a temporary file in
 * the same directory, which then takes the target's name in one step. Without `overwrite`, the
 * final step is a hard link, which fails if the target appeared meanwhile, so nothing is lost.
 * Whatever fails, the temporary file is removed and the target is left as it was.
 */
export async function writeFileAtomic(path: string, text: string, options: { overwrite: boolean }): Promise<void> {
  const temporary = temporaryPathFor(path);
  let step: 'temporary' | 'target' = 'temporary';
  try {
    const handle = await open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    step = 'target';
    if (options.overwrite) {
      await rename(temporary, path);
    } else {
      await link(temporary, path);
      await unlink(temporary);
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw writeError(error, path, step);
  }
}

/** A file that cannot be written is the environment's problem, not a bug in etr: a usage error (exit 2). */
function writeError(error: unknown, path: string, step: 'temporary' | 'target'): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return error;
  const shown = displayPath(path);
  if (code === 'EEXIST' && step === 'target') return usageError({ en: `${shown} exists; not overwritten`, zh: `${shown} 已存在，未覆盖` }, { en: 'pass --force to replace it, or --out another file', zh: '加上 --force 可替换它，或用 --out 指定别的文件' });
  if (code === 'ENOENT' || code === 'ENOTDIR') return usageError({ en: `cannot write ${shown}: its directory does not exist`, zh: `无法写入 ${shown}：所在的文件夹不存在` });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return usageError({ en: `cannot write ${shown}: permission denied`, zh: `无法写入 ${shown}：没有写入权限` });
  if (code === 'EISDIR') return usageError({ en: `${shown} is a directory`, zh: `${shown} 是文件夹` }, { en: 'name a file with --out', zh: '请用 --out 指定一个文件' });
  if (code === 'ENOSPC' || code === 'EDQUOT') return usageError({ en: `cannot write ${shown}: no space left on the device`, zh: `无法写入 ${shown}：设备空间不足` });
  return usageError({ en: `cannot write ${shown} (${code})`, zh: `无法写入 ${shown}（${code}）` });
}

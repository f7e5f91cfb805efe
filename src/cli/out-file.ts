import { UsageError } from '../core/errors.js';
import { describeNonRegular, displayPath, lstatOrUndefined } from '../core/files.js';
import { writeStderr, writeStdout } from '../core/output.js';
import { terminalSafe } from '../core/terminal-text.js';
import { writeFileAtomic } from '../core/write-file.js';
import type { Lang } from '../model/lang.js';

/** What stderr says once the profile is written, and what to do next. */
const nextSteps = {
  en: {
    edit: (file: string) => `wrote ${file}; edit it, then run: etr advise --profile ${file}`,
    advise: (file: string) => `wrote ${file}; see your career paths: etr advise --profile ${file}`,
  },
  zh: {
    edit: (file: string) => `已写入 ${file}；请核对修改，然后运行：etr advise --profile ${file}`,
    advise: (file: string) => `已写入 ${file}；查看你的职业路径：etr advise --profile ${file}`,
  },
} satisfies Record<Lang, Record<string, (file: string) => string>>;

/**
 * Writes a profile that etr made (`init`, `import`) where `--out` says: `-` is standard output;
 * a file is written atomically and never replaced without `force`, and then only if it is a
 * regular file. `next` is what stderr tells the person to do with it.
 */
export async function writeProfileOut(out: string, text: string, force: boolean, next: keyof typeof nextSteps.en = 'edit', lang: Lang = 'en'): Promise<void> {
  if (out === '-') {
    writeStdout(text);
    return;
  }
  checkProfileOut(out, force);
  await writeFileAtomic(out, text, { overwrite: force });
  const shown = terminalSafe(displayPath(out));
  writeStderr(nextSteps[lang][next](shown));
}

/** What --out names must be a new file, or with `force` a regular file to replace. */
export function checkProfileOut(out: string, force: boolean): void {
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

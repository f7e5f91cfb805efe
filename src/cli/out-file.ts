import { usageError } from '../core/errors.js';
import { describeNonRegular, displayPath, lstatOrUndefined } from '../core/files.js';
import { writeStderr, writeStdout } from '../core/output.js';
import { terminalSafe } from '../core/terminal-text.js';
import type { Text } from '../core/text.js';
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
  if (out.trim() === '') throw usageError({ en: '--out needs a file name', zh: '--out 需要一个文件名' }, { en: 'for example --out me.yaml, or --out - for standard output', zh: '例如 --out me.yaml；写到标准输出用 --out -' });
  if (/[\\/]$/.test(out)) {
    const named = terminalSafe(out);
    throw usageError({ en: `--out ${named} names a directory, not a file`, zh: `--out ${named} 指的是文件夹，不是文件` }, { en: `name the file inside it, for example --out ${named}profile.yaml`, zh: `请指定其中的文件，例如 --out ${named}profile.yaml` });
  }
  // Whatever stops lstat (a name too long, say) stops the write too, which reports it in full.
  const existing = lstatOrUndefined(out);
  const shown = displayPath(out);
  if (existing?.isDirectory()) throw usageError({ en: `${shown} is a directory`, zh: `${shown} 是文件夹` }, nameAFile);
  // Only a regular file is ever replaced, and the name itself: a link is not followed to
  // replace what it points at (a link to /proc/self/fd/1), nor is a device (/dev/null) or a
  // pipe replaced by a file.
  if (existing?.isSymbolicLink()) {
    throw usageError(
      { en: `${shown} is a symbolic link; etr neither replaces it nor writes through it`, zh: `${shown} 是符号链接；etr 既不替换它，也不透过它写入` },
      { en: 'name the file itself with --out, or --out - for standard output', zh: '请用 --out 指定文件本身；写到标准输出用 --out -' },
    );
  }
  if (existing && !existing.isFile()) {
    const what = describeNonRegular(existing);
    throw usageError(
      { en: `${shown} is ${what.en}, not a regular file; etr writes only regular files`, zh: `${shown} 是${what.zh}，不是普通文件；etr 只写入普通文件` },
      { en: 'name a regular file with --out, or --out - for standard output', zh: '请用 --out 指定一个普通文件；写到标准输出用 --out -' },
    );
  }
  if (existing && !force) throw exists(shown);
}

const nameAFile: Text = { en: 'name a file with --out', zh: '请用 --out 指定一个文件' };

/** A file --out would replace without --force (write-file.ts says the same when one appears meanwhile). */
function exists(shown: string) {
  return usageError({ en: `${shown} exists; not overwritten`, zh: `${shown} 已存在，未覆盖` }, { en: 'pass --force to replace it, or --out another file', zh: '加上 --force 可替换它，或用 --out 指定别的文件' });
}

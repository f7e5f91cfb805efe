import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { UsageError, usageError } from './errors.js';
import type { Text } from './text.js';
import { parseYaml, type ParsedYaml, type YamlLimits } from './yaml.js';
import { says, type Problem, type ProblemWords } from './problem.js';
import type { ProblemCode } from './problem-codes.js';
import { formatBytes } from './bytes.js';

export interface SourceLimits extends YamlLimits {
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
  /**
   * Only a regular file is read: a pipe, socket or device is a problem of its own
   * (`file-not-regular`), found without waiting on it. For files found inside a directory (a
   * catalog's), where nobody meant to name a pipe; a file named on the command line may be one.
   */
  regularOnly?: boolean;
}

/** What stat says of a path, or why it cannot say: a missing path, a symlink loop, or another error. */
export type PathInfo = { stats: Stats } | { missing: true } | { loop: true } | { error: NodeJS.ErrnoException };

/** statSync, with the reasons it fails told apart (a symlink loop is not a missing path). */
export function pathInfo(path: string): PathInfo {
  try {
    return { stats: statSync(path) };
  } catch (caught) {
    const error = caught as NodeJS.ErrnoException;
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return { missing: true };
    if (error.code === 'ELOOP') return { loop: true };
    return { error };
  }
}

/** What a file that is not a regular one is, for messages: "a named pipe (FIFO)", say. */
export function describeNonRegular(stats: Stats): Text {
  if (stats.isFIFO()) return { en: 'a named pipe (FIFO)', zh: '命名管道（FIFO）' };
  if (stats.isSocket()) return { en: 'a socket', zh: '套接字' };
  if (stats.isCharacterDevice()) return { en: 'a character device', zh: '字符设备' };
  if (stats.isBlockDevice()) return { en: 'a block device', zh: '块设备' };
  if (stats.isDirectory()) return { en: 'a directory', zh: '文件夹' };
  return { en: 'not a regular file', zh: '特殊文件' };
}

/** The path's own lstat (a link itself, not what it points at), or undefined when there is none to have. */
export function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** How a path is shown in messages: relative to the working directory when it lies below it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}


/** "The file is 5 MiB, over the limit of 1 MiB", with its hint: a file refused for its size. */
export function fileTooLarge(size: number | undefined, limit: number): ProblemWords {
  return says(
    size === undefined
      ? { en: `the file is over the limit of ${formatBytes(limit)}`, zh: `文件超过了 ${formatBytes(limit, 'zh')} 的上限` }
      : { en: `the file is ${formatBytes(size)}, over the limit of ${formatBytes(limit)}`, zh: `文件大小为 ${formatBytes(size, 'zh')}，超过了 ${formatBytes(limit, 'zh')} 的上限` },
    { en: 'split it, or check that this is the file you meant', zh: '请拆分该文件，或确认这是你要用的文件' },
  );
}

/**
 * Reads a file the user named. Not being able to read it at all is a usage error (exit 2);
 * content that is too large, binary or not UTF-8 is a problem of the input (exit 1).
 * Pipes and devices (`--profile /dev/stdin`, `--profile <(cat me.yaml)`) are read as streams.
 * The file system calls are synchronous on purpose: a command reads a few files one after the
 * other with nothing to do meanwhile, and each asynchronous call costs a round trip through the
 * thread pool (validating a catalog of 16 files spent a third of its time waiting so).
 * `shown` is the path as messages show it, for a caller that has worked it out already.
 */
export async function readSourceFile(path: string, limits: SourceLimits, shown = displayPath(path)): Promise<{ text: string } | { problems: Problem[] }> {
  if (limits.regularOnly) return readRegularFile(path, limits, shown);
  let size: number;
  let regular: boolean;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw isDirectory(shown);
    size = info.size;
    regular = info.isFile();
  } catch (error) {
    throw asUsageError(error, shown);
  }
  if (regular && size > limits.maxBytes) {
    return { problems: [tooLarge(shown, size, limits.maxBytes)] };
  }
  let bytes: Buffer;
  try {
    bytes = readAtMost(openSync(path, 'r'), limits.maxBytes + 1, regular, size);
  } catch (error) {
    throw asUsageError(error, shown);
  }
  if (bytes.length > limits.maxBytes) {
    return { problems: [tooLarge(shown, undefined, limits.maxBytes)] };
  }
  return decodeSource(bytes, shown);
}

/**
 * readSourceFile for a regular file only. Opened without waiting (O_NONBLOCK: opening a pipe
 * that nobody writes to would wait for ever) and checked by its descriptor, so a file swapped
 * for a pipe after a caller's stat is refused too; the descriptor is then read as a file.
 */
function readRegularFile(path: string, limits: SourceLimits, shown: string): { text: string } | { problems: Problem[] } {
  let fd: number;
  let stats: Stats;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problems: [symlinkLoop(shown)] };
    // A socket cannot be opened at all.
    if (code === 'ENXIO') return { problems: [notRegular(shown, { en: 'a socket', zh: '套接字' })] };
    throw asUsageError(error, shown);
  }
  try {
    stats = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    throw asUsageError(error, shown);
  }
  if (!stats.isFile()) {
    closeSync(fd);
    if (stats.isDirectory()) throw isDirectory(shown);
    return { problems: [notRegular(shown, describeNonRegular(stats))] };
  }
  if (stats.size > limits.maxBytes) {
    closeSync(fd);
    return { problems: [tooLarge(shown, stats.size, limits.maxBytes)] };
  }
  let bytes: Buffer;
  try {
    bytes = readAtMost(fd, limits.maxBytes + 1, true, stats.size);
  } catch (error) {
    throw asUsageError(error, shown);
  }
  if (bytes.length > limits.maxBytes) {
    return { problems: [tooLarge(shown, undefined, limits.maxBytes)] };
  }
  return decodeSource(bytes, shown);
}

/** A file that is a pipe, socket or device where only a regular file is read. */
export function notRegular(shown: string, what: Text): Problem {
  return fileProblem(
    shown,
    'file-not-regular',
    says(
      { en: `the file is ${what.en}, not a regular file; it was not opened`, zh: `该文件是${what.zh}，不是普通文件，因此没有打开` },
      { en: 'a catalog holds YAML files; replace it with a regular file, or remove it', zh: '职位目录里应是 YAML 文件；请换成普通文件，或将其删除' },
    ),
  );
}

/** A symbolic link that leads back to itself. */
export function symlinkLoop(shown: string): Problem {
  return fileProblem(
    shown,
    'file-symlink-loop',
    says({ en: 'the file is a symlink loop: following its links leads back to them', zh: '该文件是循环的符号链接：顺着链接走又回到了原处' }, { en: 'point the link at a file, or remove it', zh: '请让链接指向一个文件，或将其删除' }),
  );
}

/**
 * Reads up to `max` bytes from an open descriptor, which it closes, so a file that grows after stat, or an endless device, cannot exceed
 * the limit. Files are read from the start; pipes and devices cannot seek, so from where they are.
 * One buffer, grown only when full: a regular file gets one of its size from stat and a byte
 * more, so it is read without copying, and the read that finds its end has room to show whether
 * the file grew. Pipes and devices start at 64 KiB.
 */
function readAtMost(fd: number, max: number, regular: boolean, size: number): Buffer {
  try {
    // allocUnsafe: nothing past what was read is ever returned, so zero-filling would be wasted.
    let buffer = Buffer.allocUnsafe(Math.min(max, regular ? size + 1 : 64 * 1024));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total >= max) break;
        const grown = Buffer.allocUnsafe(Math.min(max, total + 64 * 1024));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, regular ? total : null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return buffer.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's bytes in chunks of 64 KiB, for input that is used as it is read (`advise --batch`), so
 * memory stays the same however long the file. Read synchronously, as readSourceFile reads: a
 * stream would wait on the thread pool for every chunk. Each chunk is only valid until the next
 * is asked for (one buffer is reused). Not being able to read the file is a usage error; the file
 * is closed however the caller stops.
 */
export function* readByteChunks(path: string, shown = displayPath(path)): Generator<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw asUsageError(error, shown);
  }
  try {
    const buffer = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        throw asUsageError(error, shown);
      }
      if (bytesRead === 0) break;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input up to the limit, then stops reading. */
export async function readStdin(limits: SourceLimits, stream: NodeJS.ReadableStream = process.stdin): Promise<{ text: string } | { problems: Problem[] }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > limits.maxBytes) {
      const words = says({ en: `standard input is over the limit of ${formatBytes(limits.maxBytes)}`, zh: `标准输入超过了 ${formatBytes(limits.maxBytes, 'zh')} 的上限` }, { en: 'pass a smaller profile', zh: '请传入更小的档案' });
      return { problems: [fileProblem('<stdin>', 'file-too-large', words)] };
    }
    chunks.push(buffer);
  }
  return decodeSource(Buffer.concat(chunks), '<stdin>');
}

/** One decoder for every file: a decode that is not streamed keeps no state from one call to the next. */
let utf8: TextDecoder | undefined;

/** UTF-8 only; a byte-order mark is dropped; NUL bytes mean the file is not text at all. */
export function decodeSource(bytes: Buffer, shown: string): { text: string } | { problems: Problem[] } {
  // Windows tools (PowerShell's ">", Notepad's "Unicode") write UTF-16 with a byte-order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problems: [fileProblem(shown, 'file-encoding', says(utf16Text, resaveText), { line: 1, column: 1 })] };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const words = says({ en: 'the file holds binary data (a NUL byte), not YAML text', zh: '该文件含有二进制数据（NUL 字节），不是 YAML 文本' }, { en: 'check that this is the file you meant', zh: '请确认这是你要用的文件' });
    return { problems: [fileProblem(shown, 'file-binary', words, positionOfByte(bytes, nul))] };
  }
  let text: string;
  try {
    text = (utf8 ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes);
  } catch {
    const words = says({ en: 'the file is not valid UTF-8 text', zh: '该文件不是有效的 UTF-8 文本' }, resaveText);
    return { problems: [fileProblem(shown, 'file-encoding', words, positionOfByte(bytes, Math.max(0, firstInvalidUtf8(bytes))))] };
  }
  // TextDecoder drops one byte-order mark already; a second one (a file "converted" twice) goes too.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/** Reads and parses one YAML file; every failure becomes a located problem. `shown` is the path as messages show it. */
export async function loadYamlFile(path: string, limits: SourceLimits, shown = displayPath(path)): Promise<ParsedYaml> {
  const read = await readSourceFile(path, limits, shown);
  if ('problems' in read) return { value: undefined, locate: () => ({ line: 1, column: 1, sourceLine: '' }), problems: read.problems };
  return parseYaml(read.text, shown, limits);
}

/** The words of an input in UTF-16, and what to do about any input that is not UTF-8. */
const utf16Text: Text = { en: 'the file is UTF-16 text; etr reads UTF-8', zh: '该文件是 UTF-16 文本，etr 只读取 UTF-8' };
const resaveText: Text = { en: 're-save it as UTF-8', zh: '请另存为 UTF-8 编码' };

function tooLarge(shown: string, size: number | undefined, limit: number): Problem {
  return fileProblem(shown, 'file-too-large', fileTooLarge(size, limit));
}

function fileProblem(file: string, code: ProblemCode, words: ProblemWords, at?: { line: number; column: number }): Problem {
  return { code, severity: 'error', message: words.message, file, ...(at ?? {}), hint: words.hint!, zh: words.zh };
}

function asUsageError(error: unknown, shown: string): UsageError {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return usageError({ en: `${shown}: no such file`, zh: `${shown}：文件不存在` }, { en: 'check the path', zh: '请检查路径' });
  if (code === 'EACCES' || code === 'EPERM') return usageError({ en: `${shown}: permission denied`, zh: `${shown}：没有读取权限` }, { en: 'make the file readable', zh: '请让该文件可读' });
  if (code === 'EISDIR') return isDirectory(shown);
  if (code === 'ELOOP') return usageError({ en: `${shown} is a symlink loop: following its links leads back to them`, zh: `${shown} 是循环的符号链接：顺着链接走又回到了原处` }, { en: 'point the link at a file', zh: '请让链接指向一个文件' });
  return usageError({ en: `${shown}: cannot be read (${code ?? (error as Error).message})`, zh: `${shown}：无法读取（${code ?? (error as Error).message}）` });
}

function isDirectory(shown: string): UsageError {
  return usageError({ en: `${shown} is a directory, not a file`, zh: `${shown} 是文件夹，不是文件` }, { en: 'name a YAML file', zh: '请指定一个 YAML 文件' });
}

function positionOfByte(bytes: Buffer, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters, as editors show them, not bytes: decode the line up to the byte.
  return { line, column: new TextDecoder('utf-8').decode(bytes.subarray(lineStart, index)).length + 1 };
}

/**
 * Index of the first byte of the first sequence that is not UTF-8 (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF), found in one pass. A sequence cut short is reported at
 * its lead byte, which is the character an editor shows as broken.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      if (byte === undefined) return i;
      if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

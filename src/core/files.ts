import { open, stat } from 'node:fs/promises';
import { relative, isAbsolute } from 'node:path';
import { UsageError } from './errors.js';
import { parseYaml, type ParsedYaml, type YamlLimits } from './yaml.js';
import type { Problem } from './problem.js';

export interface SourceLimits extends YamlLimits {
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
}

/** How a path is shown in messages: relative to the working directory when it lies below it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

/**
 * Reads a file the user named. Not being able to read it at all is a usage error (exit 2);
 * content that is too large, binary or not UTF-8 is a problem of the input (exit 1).
 */
export async function readSourceFile(path: string, limits: SourceLimits): Promise<{ text: string } | { problems: Problem[] }> {
  const shown = displayPath(path);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`${shown} is a directory, not a file`, 'name a YAML file');
    size = info.size;
  } catch (error) {
    throw asUsageError(error, shown);
  }
  if (size > limits.maxBytes) {
    return { problems: [fileProblem(shown, 'file-too-large', `the file is ${formatBytes(size)}, over the limit of ${formatBytes(limits.maxBytes)}`, 'split it, or check that this is the file you meant')] };
  }
  let bytes: Buffer;
  try {
    // Read through a handle with a bound, so a file that grows after stat cannot exceed the limit.
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(size, limits.maxBytes) + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw asUsageError(error, shown);
  }
  if (bytes.length > limits.maxBytes) {
    return { problems: [fileProblem(shown, 'file-too-large', `the file is over the limit of ${formatBytes(limits.maxBytes)}`, 'split it, or check that this is the file you meant')] };
  }
  return decodeSource(bytes, shown);
}

/** Reads standard input up to the limit, then stops reading. */
export async function readStdin(limits: SourceLimits, stream: NodeJS.ReadableStream = process.stdin): Promise<{ text: string } | { problems: Problem[] }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > limits.maxBytes) {
      return { problems: [fileProblem('<stdin>', 'file-too-large', `standard input is over the limit of ${formatBytes(limits.maxBytes)}`, 'pass a smaller profile')] };
    }
    chunks.push(buffer);
  }
  return decodeSource(Buffer.concat(chunks), '<stdin>');
}

/** UTF-8 only; a byte-order mark is dropped; NUL bytes mean the file is not text at all. */
export function decodeSource(bytes: Buffer, shown: string): { text: string } | { problems: Problem[] } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { problems: [fileProblem(shown, 'file-binary', 'the file holds binary data (a NUL byte), not YAML text', 'check that this is the file you meant', positionOfByte(bytes, nul))] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [fileProblem(shown, 'file-encoding', 'the file is not valid UTF-8 text', 're-save it as UTF-8', positionOfByte(bytes, firstInvalidUtf8(bytes)))] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/** Reads and parses one YAML file; every failure becomes a located problem. */
export async function loadYamlFile(path: string, limits: SourceLimits): Promise<ParsedYaml> {
  const read = await readSourceFile(path, limits);
  if ('problems' in read) return { value: undefined, locate: () => ({ line: 1, column: 1, sourceLine: '' }), problems: read.problems };
  return parseYaml(read.text, displayPath(path), limits);
}

function fileProblem(file: string, code: string, message: string, hint: string, at?: { line: number; column: number }): Problem {
  return { code, severity: 'error', message, file, ...(at ?? {}), hint };
}

function asUsageError(error: unknown, shown: string): UsageError {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UsageError(`${shown}: no such file`, 'check the path');
  if (code === 'EACCES' || code === 'EPERM') return new UsageError(`${shown}: permission denied`, 'make the file readable');
  if (code === 'EISDIR') return new UsageError(`${shown} is a directory, not a file`, 'name a YAML file');
  return new UsageError(`${shown}: cannot be read (${code ?? (error as Error).message})`);
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

/** Index of the first byte that breaks UTF-8, found by decoding growing prefixes line by line. */
function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    end = end === -1 ? bytes.length : end + 1;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      for (let i = start; i < end; i++) {
        try {
          // A fresh streaming decoder accepts an unfinished sequence at the end but not a broken one.
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i + 1), { stream: true });
        } catch {
          return i;
        }
      }
      return start;
    }
    start = end;
  }
  return 0;
}

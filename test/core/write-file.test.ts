import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { temporaryPathFor, writeFileAtomic } from '../../src/core/write-file.js';

// The real functions, wrapped so a test can watch them or make one step fail.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, open: vi.fn(actual.open), rename: vi.fn(actual.rename), link: vi.fn(actual.link) };
});
const real = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');

const scratch = mkdtempSync(join(tmpdir(), 'etr-write-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let dir: string;
let counter = 0;
beforeEach(() => {
  dir = join(scratch, `case-${++counter}`);
  rmSync(dir, { recursive: true, force: true });
  vi.mocked(fsp.open).mockImplementation(real.open);
  vi.mocked(fsp.rename).mockImplementation(real.rename);
  vi.mocked(fsp.link).mockImplementation(real.link);
});
afterEach(() => vi.clearAllMocks());

async function inDir(): Promise<string> {
  await real.mkdir(dir, { recursive: true });
  return join(dir, 'profile.yaml');
}

const oldText = 'name: Mine\n';
const newText = `# a new profile\n${'skills:\n'.repeat(2000)}`;

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('writeFileAtomic', () => {
  it('writes a new file, and leaves nothing else behind', async () => {
    const target = await inDir();
    await writeFileAtomic(target, newText, { overwrite: false });
    expect(readFileSync(target, 'utf8')).toBe(newText);
    expect(readdirSync(dir)).toEqual(['profile.yaml']);
  });

  it('without overwrite, refuses an existing file and leaves it as it was', async () => {
    const target = await inDir();
    writeFileSync(target, oldText);
    const error = await writeFileAtomic(target, newText, { overwrite: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/profile\.yaml exists; not overwritten$/);
    expect((error as UsageError).hint).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe(oldText);
    expect(readdirSync(dir)).toEqual(['profile.yaml']);
  });

  it('with overwrite, writes a complete temporary file in the same directory, then renames it over the target', async () => {
    const target = await inDir();
    writeFileSync(target, oldText);
    const seen: { from: string; to: string; temporaryText: string; targetText: string }[] = [];
    vi.mocked(fsp.rename).mockImplementation(async (from, to) => {
      // The moment before the switch: the new text is complete, the target still the old one.
      seen.push({ from: String(from), to: String(to), temporaryText: readFileSync(from, 'utf8'), targetText: readFileSync(to, 'utf8') });
      return real.rename(from, to);
    });
    await writeFileAtomic(target, newText, { overwrite: true });
    expect(seen).toHaveLength(1);
    const [{ from, to, temporaryText, targetText }] = seen as [(typeof seen)[0]];
    expect(to).toBe(target);
    expect(dirname(from)).toBe(dir);
    expect(basename(from)).toMatch(/^\.profile\.yaml\.\d+\.[0-9a-f]+\.tmp$/);
    expect(temporaryText).toBe(newText);
    expect(targetText).toBe(oldText);
    expect(readFileSync(target, 'utf8')).toBe(newText);
    expect(readdirSync(dir)).toEqual(['profile.yaml']);
  });

  it('without overwrite, the last step is a hard link, which cannot replace a file that appeared meanwhile', async () => {
    const target = await inDir();
    vi.mocked(fsp.link).mockImplementation(async (from, to) => {
      writeFileSync(to, oldText); // someone else's file, created between the check and the write
      return real.link(from, to);
    });
    await expect(writeFileAtomic(target, newText, { overwrite: false })).rejects.toThrow(/exists; not overwritten/);
    expect(readFileSync(target, 'utf8')).toBe(oldText);
    expect(readdirSync(dir)).toEqual(['profile.yaml']);
  });

  it('a failure in the middle of writing (a full disk) leaves the old file intact and no temporary file', async () => {
    const target = await inDir();
    writeFileSync(target, oldText);
    vi.mocked(fsp.open).mockImplementationOnce(async (path, flags, mode) => {
      const handle = await real.open(path, flags, mode);
      // Half the text reaches the disk, then the disk is full.
      return Object.assign(handle, {
        writeFile: async (data: string) => {
          await real.appendFile(path, data.slice(0, data.length / 2));
          throw errnoError('ENOSPC');
        },
      });
    });
    const error = await writeFileAtomic(target, newText, { overwrite: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/cannot write .*profile\.yaml: no space left on the device/);
    expect(readFileSync(target, 'utf8')).toBe(oldText);
    expect(readdirSync(dir)).toEqual(['profile.yaml']);
  });

  it('a failed rename leaves the old file intact and no temporary file', async () => {
    const target = await inDir();
    writeFileSync(target, oldText);
    vi.mocked(fsp.rename).mockRejectedValueOnce(errnoError('EIO'));
    const error = await writeFileAtomic(target, newText, { overwrite: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/cannot write .*profile\.yaml \(EIO\)/);
    expect(readFileSync(target, 'utf8')).toBe(oldText);
    expect(readdirSync(dir)).toEqual(['profile.yaml']);
  });

  it('a directory that does not exist is a usage error', async () => {
    await expect(writeFileAtomic(join(scratch, 'no', 'such', 'dir', 'p.yaml'), newText, { overwrite: false })).rejects.toThrow(/its directory does not exist/);
  });

  it('a directory as the target is a usage error, and the directory is untouched', async () => {
    const target = await inDir();
    await real.mkdir(target);
    await expect(writeFileAtomic(target, newText, { overwrite: true })).rejects.toBeInstanceOf(UsageError);
    expect(readdirSync(target)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['profile.yaml']);
  });

  it('an error that is not about the file system is passed on as it is (a bug)', async () => {
    const target = await inDir();
    vi.mocked(fsp.rename).mockRejectedValueOnce(new TypeError('not an errno error'));
    await expect(writeFileAtomic(target, newText, { overwrite: true })).rejects.toThrow(TypeError);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('temporaryPathFor', () => {
  it('is hidden, next to the target, different each time, and short enough for any file system', () => {
    const target = join(scratch, 'sub', `${'n'.repeat(250)}.yaml`);
    const a = temporaryPathFor(target);
    const b = temporaryPathFor(target);
    expect(dirname(a)).toBe(dirname(target));
    expect(basename(a).startsWith('.nnn')).toBe(true);
    expect(a).not.toBe(b);
    expect(Buffer.byteLength(basename(a))).toBeLessThanOrEqual(255);
  });
});

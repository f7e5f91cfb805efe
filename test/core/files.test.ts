import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { formatBytes } from '../../src/core/bytes.js';
import { decodeSource, displayPath, loadYamlFile, readSourceFile, readByteChunks, readStdin } from '../../src/core/files.js';

const limits = { maxBytes: 1024, maxAliasCount: 100 };
const scratch = mkdtempSync(join(tmpdir(), 'etr-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('decodeSource', () => {
  it('decodes UTF-8 text, multi-byte characters included', () => {
    expect(decodeSource(Buffer.from('name: 临床 — ok\n'), 'a.yaml')).toEqual({ text: 'name: 临床 — ok\n' });
  });

  it('drops a byte-order mark', () => {
    expect(decodeSource(Buffer.from('\uFEFFa: 1\n'), 'bom.yaml')).toEqual({ text: 'a: 1\n' });
  });

  it('calls a file with a NUL byte binary, and says where the NUL is', () => {
    const result = decodeSource(Buffer.from('a: 1\nb: x\0y\n'), 'bin.yaml');
    expect(result).toEqual({ problems: [expect.objectContaining({ code: 'file-binary', severity: 'error', file: 'bin.yaml', line: 2, column: 5 })] });
  });

  it('reports invalid UTF-8 with the line and the character column of the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: 2\nname: 名'), Buffer.from([0xff]), Buffer.from('x\n')]);
    const result = decodeSource(bytes, 'latin.yaml');
    // "name: 名" is 7 characters (9 bytes) long, so the bad byte is the 8th character.
    expect(result).toEqual({ problems: [expect.objectContaining({ code: 'file-encoding', severity: 'error', file: 'latin.yaml', line: 3, column: 8, hint: expect.stringContaining('UTF-8') })] });
  });

  it('reports Latin-1 text (a lone é byte) on the right line', () => {
    const bytes = Buffer.concat([Buffer.from('skills:\n  - name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const result = decodeSource(bytes, 'latin1.yaml');
    expect('problems' in result && result.problems[0]).toMatchObject({ code: 'file-encoding', line: 2 });
  });

  it('decodes a good file after a bad one as well as before it', () => {
    expect(decodeSource(Buffer.from('a: é\n'), 'one.yaml')).toEqual({ text: 'a: é\n' });
    expect('problems' in decodeSource(Buffer.from([0x61, 0xc3]), 'cut.yaml')).toBe(true);
    expect(decodeSource(Buffer.from('\uFEFFb: 名\n'), 'two.yaml')).toEqual({ text: 'b: 名\n' });
  });

  it('reports a multi-byte sequence cut off at the end of the file on its line', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: '), Buffer.from([0xe4, 0xb8])]);
    const result = decodeSource(bytes, 'cut.yaml');
    expect('problems' in result && result.problems[0]).toMatchObject({ code: 'file-encoding', line: 2 });
  });
});

describe('readSourceFile and loadYamlFile', () => {
  it('reads a file', async () => {
    expect(await readSourceFile(file('ok.yaml', 'a: 1\n'), limits)).toEqual({ text: 'a: 1\n' });
  });

  it('reads files of every size up to the limit whole, empty and multi-chunk ones included', async () => {
    const big = { maxBytes: 1024 * 1024, maxAliasCount: 100 };
    for (const size of [0, 1, 4095, 4096, 64 * 1024, 64 * 1024 + 1, 300 * 1024]) {
      const text = 'x'.repeat(size);
      expect(await readSourceFile(file(`size-${size}.yaml`, text), big)).toEqual({ text });
    }
  });

  it.runIf(existsSync('/dev/zero'))('reads a device, which has no size, in chunks and stops at the limit', async () => {
    // /dev/zero never ends; reading stops one byte past the limit (the NUL bytes never get to be decoded).
    const result = await readSourceFile('/dev/zero', { maxBytes: 200 * 1024, maxAliasCount: 100 });
    expect(result).toEqual({ problems: [expect.objectContaining({ code: 'file-too-large', message: 'the file is over the limit of 200 KiB' })] });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const result = await readSourceFile(file('big.yaml', `a: "${'x'.repeat(2000)}"\n`), limits);
    expect(result).toEqual({ problems: [expect.objectContaining({ code: 'file-too-large', severity: 'error', message: expect.stringContaining('1 KiB') })] });
  });

  it('treats a missing file as a usage error', async () => {
    await expect(readSourceFile(join(scratch, 'nope.yaml'), limits)).rejects.toThrow(UsageError);
    await expect(readSourceFile(join(scratch, 'nope.yaml'), limits)).rejects.toThrow(/no such file/);
  });

  it('treats a directory as a usage error', async () => {
    const dir = join(scratch, 'a-dir');
    mkdirSync(dir, { recursive: true });
    await expect(readSourceFile(dir, limits)).rejects.toThrow(/is a directory/);
  });

  it('parses a YAML file and reports decoding problems as located problems', async () => {
    expect((await loadYamlFile(file('y.yaml', 'a: [1, 2]\n'), limits)).value).toEqual({ a: [1, 2] });
    const binary = await loadYamlFile(file('z.yaml', Buffer.from([0x61, 0x00])), limits);
    expect(binary.value).toBeUndefined();
    expect(binary.problems).toEqual([expect.objectContaining({ code: 'file-binary', line: 1, column: 2 })]);
  });
});

describe('readStdin', () => {
  it('reads standard input', async () => {
    expect(await readStdin(limits, Readable.from([Buffer.from('a: '), Buffer.from('1\n')]))).toEqual({ text: 'a: 1\n' });
  });

  it('stops at the size limit', async () => {
    const result = await readStdin(limits, Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]));
    expect(result).toEqual({ problems: [expect.objectContaining({ code: 'file-too-large', file: '<stdin>' })] });
  });
});

describe('formatBytes and displayPath', () => {
  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2048)).toBe('2 KiB');
    expect(formatBytes(16 * 1024 * 1024)).toBe('16 MiB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MiB');
  });

  it('shows paths below the working directory relative to it, others as given', () => {
    expect(displayPath(join(process.cwd(), 'data', 'x.yaml'))).toBe(join('data', 'x.yaml'));
    expect(displayPath('/somewhere/else.yaml')).toBe('/somewhere/else.yaml');
  });
});

describe('readByteChunks', () => {
  it('gives the bytes whole, in chunks of at most 64 KiB', () => {
    const text = `${'a'.repeat(65_535)}é${'b'.repeat(65_533)}😀\n${'c'.repeat(100_000)}ü\u00ff`;
    // Copied as they come: each chunk is only valid until the next is read.
    const chunks: Buffer[] = [];
    for (const chunk of readByteChunks(file('chunks.txt', text))) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).toString('utf8') === text).toBe(true);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(64 * 1024);
  });

  it('gives bytes that are not UTF-8 as they are, for the reader to locate', () => {
    expect(Buffer.concat([...readByteChunks(file('latin1.txt', Buffer.from([0x61, 0xe9, 0x62])))])).toEqual(Buffer.from([0x61, 0xe9, 0x62]));
  });

  it('says, as a usage error, that a file is missing or is a directory', () => {
    expect(() => [...readByteChunks(join(scratch, 'nope.jsonl'), 'nope.jsonl')]).toThrow(new UsageError('nope.jsonl: no such file', 'check the path'));
    expect(() => [...readByteChunks(scratch, 'here')]).toThrow(UsageError);
  });
});

// The batch baseline: read a JSON-lines file and JSON.parse every line, nothing more. It reads the
// way `etr advise --batch` reads a file (readByteChunks in src/core/files.ts: 64 KiB chunks with
// readSync, a character split between two reads joined), and splits lines as it does, so the
// ratio is the cost of advising, not of a different reader.
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const fd = openSync(process.argv[2], 'r');
const buffer = Buffer.allocUnsafe(64 * 1024);
const decoder = new StringDecoder('utf8');
let rest = '';
let count = 0;
const parse = (text) => {
  const lines = text.split('\n');
  rest = lines.pop();
  for (const line of lines) if (line.trim() !== '') count += JSON.parse(line) ? 1 : 0;
};
for (let bytesRead; (bytesRead = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) parse(rest + decoder.write(buffer.subarray(0, bytesRead)));
closeSync(fd);
parse(`${rest}${decoder.end()}\n`);
process.stdout.write(`${count}\n`);

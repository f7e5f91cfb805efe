// The batch baseline: read a JSON-lines file as a stream and JSON.parse every line, nothing more.
// It reads the way `etr advise --batch` does (chunks split at newlines), so the ratio is the cost
// of advising, not of a different reader.
import { createReadStream } from 'node:fs';

let rest = '';
let count = 0;
for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 16 })) {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop();
  for (const line of lines) if (line.trim() !== '') count += JSON.parse(line) ? 1 : 0;
}
if (rest.trim() !== '') count += JSON.parse(rest) ? 1 : 0;
process.stdout.write(`${count}\n`);

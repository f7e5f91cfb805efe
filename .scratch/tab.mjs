import { parseDocument, LineCounter } from 'yaml';
import { readFileSync } from 'node:fs';
const base = readFileSync('test/fixtures/catalogs/valid-minimal/roles/content.yaml', 'utf8');
for (const rep of ['    \tseniority: entry\n', '\t    seniority: entry\n', '\tseniority: entry\n', '  \t  seniority: entry\n']) {
  const t = base.replace('    seniority: entry\n', rep);
  const lc = new LineCounter();
  const d = parseDocument(t, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true });
  console.log(JSON.stringify(rep), JSON.stringify(d.errors.map(e => [e.code, lc.linePos(e.pos[0])])));
}
for (const t of ['skills:\n\t- id: x\n', 'skills:\n  - id: x\n\t  name: y\n', 'skills:\n  - id: x\n    aliases:\n\t    - a\n']) {
  const lc = new LineCounter();
  const d = parseDocument(t, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true });
  console.log(JSON.stringify(t), JSON.stringify(d.errors.map(e => [e.code, lc.linePos(e.pos[0])])));
}

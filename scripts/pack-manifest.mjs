// `npm pack` and `npm publish` run this as prepack (`strip`) and postpack (`restore`): the packed
// package.json leaves out the prepare script. npm runs prepare for a git install, which needs it
// to build dist/ (not in git; the pre-commit hooks install etr that way); from a tarball or the
// registry dist/ is built already, and npm would only warn that the package has an install
// script no one allowed. The same trick as pinst; restore puts package.json back byte for byte.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = 'package.json';
const saved = '.package.json.prepack';
const mode = process.argv[2];

if (mode === 'strip') {
  // A pack that died between the two steps left its copy: that is the true package.json.
  if (existsSync(saved)) renameSync(saved, manifest);
  const text = readFileSync(manifest, 'utf8');
  const json = JSON.parse(text);
  delete json.scripts.prepare;
  writeFileSync(saved, text);
  writeFileSync(manifest, `${JSON.stringify(json, null, 2)}\n`);
} else if (mode === 'restore') {
  if (existsSync(saved)) renameSync(saved, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}

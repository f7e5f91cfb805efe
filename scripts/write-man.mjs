// Writes dist/etr.1, etr's manual page (package.json's "man": `man etr` after `npm install -g`),
// from the commander program the binary runs: src/cli/man-page.ts walks its commands and options.
// Called by `npm run build`, after scripts/build.mjs.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { esmRequireBanner, nodeBundle } from './bundle-options.mjs';

const outdir = 'dist';
await mkdir(outdir, { recursive: true });

// The program and the page's writer, bundled for this run only, as scripts/build.mjs does with the catalog's compiler.
const writer = `${outdir}/.write-man.mjs`;
await build({
  ...nodeBundle,
  format: 'esm',
  stdin: { contents: "export { buildProgram } from './src/cli/program.ts';\nexport { manPage } from './src/cli/man-page.ts';\n", resolveDir: '.', loader: 'ts' },
  outfile: writer,
  banner: { js: esmRequireBanner },
});
try {
  const { buildProgram, manPage } = await import(pathToFileURL(writer).href);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  await writeFile(`${outdir}/etr.1`, manPage(buildProgram(), version));
} finally {
  await rm(writer);
}

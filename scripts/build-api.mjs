// Builds etr's programmatic API (src/api.ts) into dist/, after the binary that scripts/build.mjs
// builds: one implementation, in dist/cli.js beside the commands (the two share nearly all their
// code, and the package holds it once); dist/api.cjs, which takes the API from it; dist/api.mjs,
// an ES module that re-exports that (so an error thrown through either is an instance of the same
// class); and their type declarations (dist/api.d.ts, bundled from what tsc emits; dist/api.d.mts
// for importers). The API reads the built-in catalog from dist/catalog.json, as the commands do.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import ts from 'typescript';
import { bundleTypes } from './bundle-types.mjs';

const outdir = 'dist';

await mkdir(outdir, { recursive: true });

// 1. CommonJS, for require('etr'): the API that dist/cli.js holds, initialised on this first call.
await writeFile(`${outdir}/api.cjs`, "'use strict';\n\nmodule.exports = require('./cli.js').api();\n");

// 2. The ES module: the same exports, taken from the CommonJS bundle, named one by one so that no
//    loader has to guess them. Two bundles would be two copies of every class: an
//    InvalidInputError from one would fail `instanceof` against the other's.
const names = Object.keys(createRequire(import.meta.url)(resolve(`${outdir}/api.cjs`))).sort();
await writeFile(`${outdir}/api.mjs`, `import api from './api.cjs';\n\nexport const { ${names.join(', ')} } = api;\n`);

// 3. Declarations of src/api.ts and what its types reach, as tsc emits them.
await rm(`${outdir}/types`, { recursive: true, force: true });
const reportDiagnostic = (d) => console.error(ts.formatDiagnosticsWithColorAndContext([d], { getCanonicalFileName: (f) => f, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => '\n' }));
const config = ts.getParsedCommandLineOfConfigFile(
  'tsconfig.json',
  { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: `${outdir}/types`, rootDir: 'src', incremental: false },
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: reportDiagnostic },
);
if (!config) process.exit(1);
const program = ts.createProgram({ rootNames: ['src/api.ts'], options: config.options });
const { diagnostics } = program.emit();
if (diagnostics.length > 0) {
  diagnostics.forEach(reportDiagnostic);
  console.error('build-api: tsc could not emit the declarations of src/api.ts');
  process.exit(1);
}
// 4. One file of them, dist/api.d.ts, with only what the API reaches and no import of zod
//    (scripts/bundle-types.mjs). dist/package.json makes it a CommonJS declaration, right for
//    require('etr'); importers get an ES module's: named exports only, as dist/api.mjs has.
await writeFile(`${outdir}/api.d.ts`, bundleTypes(`${outdir}/types`, 'src', config.options));
await rm(`${outdir}/types`, { recursive: true, force: true });
await writeFile(`${outdir}/api.d.mts`, "export * from './api.js';\n");

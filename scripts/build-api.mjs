// Builds etr's programmatic API (src/api.ts) into dist/, beside the binary that scripts/build.mjs
// builds: an ES module (dist/api.mjs) and a CommonJS one (dist/api.cjs), each bundling what it
// uses, and their type declarations (dist/types/, emitted by tsc; dist/api.d.mts for importers).
// The API reads the built-in catalog from dist/catalog.json, which scripts/build.mjs writes.
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import ts from 'typescript';

const outdir = 'dist';
const shared = { bundle: true, platform: 'node', target: 'node20', entryPoints: ['src/api.ts'], legalComments: 'none', logLevel: 'warning' };

await mkdir(outdir, { recursive: true });

// 1. ES module. Bundled CommonJS code may call require(); give the module one.
await build({
  ...shared,
  format: 'esm',
  outfile: `${outdir}/api.mjs`,
  banner: { js: "import { createRequire as __etrCreateRequire } from 'node:module';\nconst require = __etrCreateRequire(import.meta.url);" },
});

// 2. CommonJS, for require('etr'). import.meta.url has no CommonJS form; point it at this file.
await build({
  ...shared,
  format: 'cjs',
  outfile: `${outdir}/api.cjs`,
  define: { 'import.meta.url': '__etrModuleUrl' },
  banner: { js: "const __etrModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

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
// dist/package.json makes dist/types/*.d.ts CommonJS declarations, right for require('etr');
// importers get an ES module's: named exports only, as dist/api.mjs has.
await writeFile(`${outdir}/api.d.mts`, "export * from './types/api.js';\n");

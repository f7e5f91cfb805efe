// Builds the `etr` binary into dist/: the built-in catalog, checked once here and stored as
// catalog.json so runs need not re-check it; the entry etr.js (with a shebang); the commands, and
// the API's implementation, in cli.js; and cli.<V8 version>.cache, V8's code cache for cli.js.
// docs/performance.md says why each exists. (scripts/build-api.mjs writes the API's entry files
// and type declarations beside them.)
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { cjsImportMetaUrl, esmRequireBanner, nodeBundle } from './bundle-options.mjs';

const outdir = 'dist';

// From nothing, so that no file of an earlier build (one since renamed, say) ships in the package.
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

// 1. The built-in catalog, through the same loader and rules as `etr validate`.
const compiler = `${outdir}/.compile-catalog.mjs`;
await build({ ...nodeBundle, format: 'esm', entryPoints: ['src/catalog/compile.ts'], outfile: compiler, banner: { js: esmRequireBanner } });
const { compileCatalog, compiledCatalogText } = await import(pathToFileURL(compiler).href);
await rm(compiler);
const { compiled, problems } = await compileCatalog('data/catalog');
for (const p of problems) console.error(`${p.file}:${p.line ?? 0}:${p.column ?? 0}: ${p.severity} ${p.code}: ${p.message}`);
if (!compiled) {
  console.error('build: the built-in catalog has errors; run `etr validate` on data/catalog');
  process.exit(1);
}
// All ASCII, the Chinese texts as \u escapes: V8 then reads the file into a string of one byte a
// character, and parses it as such, instead of decoding UTF-8 into two bytes a character for all
// of it (about 4 million instructions less for every run, some 0.5 ms).
await writeFile(`${outdir}/catalog.json`, compiledCatalogText(compiled));

// 2. The binary, as CommonJS: Node starts a CommonJS file a few milliseconds sooner than an ES
//    module, and in a CommonJS bundle esbuild keeps each dynamic import() lazy, so a command
//    initialises only the modules it reaches. dist/package.json marks dist/*.js as CommonJS.
//    Two files: etr.js, the entry, answers --version alone; cli.js holds every command and is
//    loaded (and compiled by V8) only when one runs.
await writeFile(`${outdir}/package.json`, `${JSON.stringify({ type: 'commonjs' })}\n`);
const binary = { ...nodeBundle, format: 'cjs', minify: true };
/** Every file the binary's bundles hold, for the notices of the libraries among them (step 4). */
const bundledFiles = new Set();
async function bundle(options) {
  const result = await build({ ...options, metafile: true });
  for (const file of Object.keys(result.metafile.inputs)) bundledFiles.add(file);
  return result;
}
const requireHere = createRequire(import.meta.url);
/**
 * A module that most runs never use, loaded on first use: its import becomes an object with a
 * getter per export, which requires the module when one is first read. Only for CommonJS and
 * Node's own modules: an ES module required this way would lose its tree shaking.
 */
function loadedOnFirstUse(name, filter, target, onlyFrom) {
  return {
    name,
    setup(b) {
      b.onResolve({ filter }, (args) => (onlyFrom === undefined || args.importer.includes(onlyFrom) ? { path: args.path, namespace: name } : undefined));
      b.onLoad({ filter: /.*/, namespace: name }, () => ({
        contents: `let loaded;\nconst load = () => (loaded ??= require(${JSON.stringify(target)}));\nfor (const key of ${JSON.stringify(Object.keys(requireHere(target)))}) Object.defineProperty(exports, key, { enumerable: true, get: () => load()[key] });`,
        loader: 'js',
        resolveDir: process.cwd(),
      }));
    },
  };
}
// commander requires child_process (and with it net, dgram, streams) as it loads, for executable
// subcommands, which etr does not have.
const deferChildProcess = loadedOnFirstUse('defer-child-process', /^(node:)?child_process$/, 'node:child_process', 'node_modules/commander/');
// The yaml library initialises some seventy modules as it loads, yet a run needs it only for a
// file outside the subset the fast reader reads (which also locates its own problems; core/yaml.ts).
const deferYaml = loadedOnFirstUse('defer-yaml', /^yaml$/, requireHere.resolve('yaml'));
// Libraries that one command alone uses, each bundled into a file of its own that only that
// command requires (in cli.js every command would load them): the prompts of `etr init
// --interview` (src/cli/interview.ts), some 60 kB, and the PDF and DOCX readers of `etr import`
// (src/app/import.ts). Bundled, only what etr reaches of them ships, and the package has no
// dependencies to install: the DOCX reader alone brings 5 MB of packages, of which etr uses 0.35 MB.
const apart = [
  { name: '@clack/prompts', file: 'prompts.cjs' },
  { name: 'unpdf', file: 'pdf.cjs' },
  { name: 'mammoth', file: 'docx.cjs' },
];
for (const { name, file } of apart) await bundle({ ...binary, entryPoints: [name], outfile: `${outdir}/${file}` });
const librariesApart = {
  name: 'libraries-apart',
  setup: (b) => {
    for (const { name, file } of apart) b.onResolve({ filter: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`) }, () => ({ path: `./${file}`, external: true }));
  },
};
// Minified, names too: a smaller file and code cache load faster. dist/cli.js.map maps it back to
// the sources (paths only, to stay small); --debug loads cli.js with it (src/cli/bundled-run.ts).
// The package leaves the map out (package.json's files; docs/performance.md says why).
await bundle({
  ...binary,
  // The commands (run), and the programmatic API (src/api.ts) for dist/api.cjs to take, so that
  // the package holds one copy of the code they share, which is nearly all of it
  // (scripts/build-api.mjs). The API is a function: required, not imported, its modules are
  // initialised only when it is first called, never by a run of the binary.
  stdin: {
    contents: "export * from './src/cli/run.ts';\nexport const api = () => require('./src/api.ts');\n",
    resolveDir: process.cwd(),
    sourcefile: 'cli-entry.ts',
    loader: 'ts',
  },
  outfile: `${outdir}/cli.js`,
  sourcemap: 'linked',
  sourcesContent: false,
  define: cjsImportMetaUrl.define,
  banner: { js: cjsImportMetaUrl.banner },
  plugins: [deferChildProcess, deferYaml, librariesApart],
  // The files apart are required when first needed, so no other command loads them. require(),
  // not import(): cli.js runs as a vm Script (src/cli/bundled-run.ts), which has no loader for import().
  supported: { 'dynamic-import': false },
});
// The worker threads of `advise --batch --jobs N` and `team --jobs N` (src/app/pool.ts) run this file of their own.
await bundle({ ...binary, entryPoints: ['src/app/batch/worker.ts'], outfile: `${outdir}/batch-worker.js`, define: cjsImportMetaUrl.define, banner: { js: cjsImportMetaUrl.banner }, plugins: [deferYaml] });
await bundle({
  ...binary,
  entryPoints: ['src/cli/main.ts'],
  outfile: `${outdir}/etr.js`,
  banner: { js: '#!/usr/bin/env node' },
  // require(), not import(): loading a CommonJS file through import() makes Node scan all of it
  // for its exports first, which costs more than the rest of start-up.
  supported: { 'dynamic-import': false },
  // main.ts's import('./run.js') becomes bundled-run.ts, which loads cli.js with its code cache.
  plugins: [{ name: 'cli-apart', setup: (b) => b.onResolve({ filter: /^\.\/run\.js$/ }, () => ({ path: resolve('src/cli/bundled-run.ts') })) }],
});
await chmod(`${outdir}/etr.js`, 0o755);

// 3. The V8 code cache of cli.js: run the commands people run most, each adding what it compiled.
//    Named after the V8 that made it, the only one that accepts it: on another Node, etr finds no
//    cache of its version and uses Node's compile cache instead (src/cli/bundled-run.ts).
const cache = `${outdir}/cli.${process.versions.v8}.cache`;
// The batch reads the example profiles on standard input, as JSON lines and as one YAML stream;
// one profile more names a skill twice and an unknown one, for what warnings take.
const examples = readdirSync('data/examples').map((name) => readFileSync(`data/examples/${name}`, 'utf8'));
const profiles = examples.map((text) => parseYaml(text));
const withWarnings = { ...profiles[0], skills: { ...profiles[0].skills, [Object.keys(profiles[0].skills)[0].toUpperCase()]: 3, 'no such skill': 2 } };
const runs = [
  { args: ['advise', '--profile', 'data/examples/quant.yaml'] },
  { args: ['validate', '--catalog', 'data/catalog'] },
  { args: ['plan', '--profile', 'data/examples/teacher.yaml'] },
  { args: ['advise', '--batch', '-'], input: [...profiles, withWarnings].map((profile) => JSON.stringify(profile)).join('\n') },
  { args: ['advise', '--batch', '-'], input: examples.join('\n---\n') },
];
for (const { args, input } of runs) {
  const result = spawnSync(process.execPath, [`${outdir}/etr.js`, ...args], { input, stdio: ['pipe', 'ignore', 'pipe'], env: { ...process.env, ETR_BUILD_WRITE_CODE_CACHE: cache, NO_COLOR: '1' } });
  if (result.status !== 0) {
    console.error(`build: etr ${args.join(' ')} failed while making the code cache:\n${result.stderr}`);
    process.exit(1);
  }
}

// 4. The notices of the libraries the bundles hold (their licenses ask that copies carry them):
//    the package installs no dependencies, so their own LICENSE files would ship nowhere else.
const libraries = new Map();
for (const file of bundledFiles) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (match && !libraries.has(match[1])) libraries.set(match[1], JSON.parse(readFileSync(`${match[1]}/package.json`, 'utf8')));
}
/** A library's license file, else the License section of its README (some small ones have only that). */
function licenseText(dir) {
  const files = readdirSync(dir);
  const licenseFile = files.find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  if (licenseFile) return readFileSync(`${dir}/${licenseFile}`, 'utf8').trim();
  const readme = files.find((f) => /^readme(\.|$)/i.test(f));
  const section = readme && /^#+\s*licen[cs]e\s*$([\s\S]*?)(?=^#|(?![\s\S]))/im.exec(readFileSync(`${dir}/${readme}`, 'utf8'));
  return section ? section[1].trim() : undefined;
}
const notices = [...libraries]
  .sort(([, a], [, b]) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
  .map(([dir, { name, version, license }]) => {
    const text = licenseText(dir);
    if (!text) throw new Error(`build: ${name} has no license file nor a License section in its README; write its notice by hand`);
    return `## ${name} ${version}\n\nLicense: ${license}\n\n${text}\n`;
  });
// Libraries that a package carries inside its own files, where no folder names them. Each notice
// is written by hand for the version named: the build stops when the package holds another one.
const embedded = [{ name: 'PDF.js', version: '5.6.205', license: 'Apache-2.0', inside: 'node_modules/unpdf/dist/pdfjs.mjs', notice: 'scripts/notices/pdf.js.txt' }];
for (const { name, version, license, inside, notice } of embedded) {
  if (!readFileSync(inside, 'utf8').includes(`"${version}"`)) throw new Error(`build: ${inside} no longer holds ${name} ${version}; check its license and update ${notice} and this list`);
  notices.push(`## ${name} ${version}\n\nLicense: ${license}\n\n${readFileSync(notice, 'utf8').trim()}\n`);
}
await writeFile(`${outdir}/THIRD-PARTY-NOTICES.md`, `# Third-party notices\n\netr's files in dist/ bundle these libraries; each notice is the library's own.\n\n${notices.join('\n')}`);

// Builds the `etr` binary: one bundled ES module with a shebang, so start-up loads one file.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

const outfile = 'dist/etr.js';
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give the ES module one.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __etrCreateRequire } from 'node:module';\nconst require = __etrCreateRequire(import.meta.url);" },
});
await chmod(outfile, 0o755);

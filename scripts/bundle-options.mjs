// The esbuild settings that scripts/build.mjs (the binary) and scripts/build-api.mjs (the API) share.

export const nodeBundle = { bundle: true, platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning' };

/** An ES module bundle: bundled CommonJS dependencies (commander, yaml) call require(); give it one. */
export const esmRequireBanner = "import { createRequire as __etrCreateRequire } from 'node:module';\nconst require = __etrCreateRequire(import.meta.url);";

/** A CommonJS bundle: import.meta.url has no CommonJS form; point it at the bundle's own file. */
export const cjsImportMetaUrl = {
  define: { 'import.meta.url': '__etrModuleUrl' },
  banner: "const __etrModuleUrl = require('node:url').pathToFileURL(__filename).href;",
};

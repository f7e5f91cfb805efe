// The esbuild settings that scripts/build.mjs (the binary) and scripts/build-api.mjs (the API) share.

export const nodeBundle = { bundle: true, platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning' };

/** An ES module bundle: bundled CommonJS dependencies (commander, yaml) call require(); give it one. */
export const esmRequireBanner = "import { createRequire as __etrCreateRequire } from 'node:module';\nconst require = __etrCreateRequire(import.meta.url);";

/**
 * A CommonJS bundle: import.meta.url has no CommonJS form; point it at the bundle's own file.
 * Made on first use: building a URL loads and runs more of Node than most runs need.
 */
export const cjsImportMetaUrl = {
  define: { 'import.meta.url': '__etrModule.url' },
  banner: "const __etrModule = { get url() { return require('node:url').pathToFileURL(__filename).href; } };",
};

// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules (syntax only, no type
// information, so a run stays fast: `tsc --noEmit` checks the types), the layering of src/ as
// boundaries rules, and a cap on file length. `npm run lint` runs it with knip.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * src/'s layers, each with the layers it may import besides itself; `api` is the file src/api.ts.
 * Type-only imports, re-exports and dynamic import() count too: an upward import fails lint.
 */
const layers = {
  model: [],
  core: ['model'],
  catalog: ['core', 'model'],
  profile: ['catalog', 'core', 'model'],
  engine: ['model'],
  report: ['engine', 'core', 'model'],
  render: ['report', 'core', 'model'],
  app: ['report', 'engine', 'profile', 'catalog', 'core', 'model'],
  schema: ['report', 'profile', 'catalog', 'core', 'model'],
  completion: ['model'],
  api: ['app', 'schema', 'completion', 'render', 'report', 'engine', 'profile', 'catalog', 'core', 'model'],
  cli: ['api', 'app', 'schema', 'completion', 'render', 'report', 'engine', 'profile', 'catalog', 'core', 'model'],
};
const folders = Object.keys(layers).filter((layer) => layer !== 'api');
// A folder is an element of the plugin's; a single file is a file of a category.
const select = (layer) => (layer === 'api' ? { file: { categories: 'api' } } : { element: { type: layer } });

export default defineConfig([
  globalIgnores(['dist/', 'coverage/', 'test/.tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      // Lines of code in a file, blank lines and comments not counted (largest now: src/report/i18n.ts, 363).
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      // `const { dropped: _dropped, ...rest } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Off: control characters are this CLI's subject (terminal-text.ts strips them from what it
      // prints; tests match ANSI colour codes), so patterns name them on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // End-to-end suites read long (test/cli/failures.test.ts: 641).
      'max-lines': ['error', { max: 700, skipBlankLines: true, skipComments: true }],
      // Off in tests: spaces in a pattern match the output's own columns, written as they look.
      'no-regex-spaces': 'off',
      // Off in tests: a parsed JSON report is edited in place to make it drift from its schema.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Runs as CommonJS inside the bundle and requires dist/cli.js itself, on purpose.
    files: ['src/cli/bundled-run.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Shell scripts in template literals: every shell `$` is escaped alike, needed or not.
    files: ['src/completion/scripts.ts'],
    rules: { 'no-useless-escape': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': folders.map((layer) => ({ type: layer, pattern: `src/${layer}`, partialMatch: false })),
      'boundaries/files': [{ category: 'api', pattern: 'src/api.ts' }],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      // `../model/ids.js` names src/model/ids.ts: resolve as TypeScript does.
      'import/resolver': { typescript: { project: `${import.meta.dirname}/tsconfig.json` } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(layers).map(([layer, below]) => ({ from: select(layer), allow: { to: [layer, ...below].map(select) } })),
        },
      ],
      // Every file in src/ belongs to a layer: a new folder must be placed above.
      'boundaries/no-unknown-files': 'error',
    },
  },
]);

import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering of src/ (eslint.config.js) bites: each snippet is linted as if it were the file
 * named, with the project's own config, and an import that points up fails.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

/** The rule and message of each problem ESLint finds in `code` as the file `filePath`. */
async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer boundaries', () => {
  it('refuses engine importing a renderer', async () => {
    const problems = await lint('src/engine/x.ts', "import { padEnd } from '../render/table.js';\n\nexport const pad = padEnd;\n");
    expect(problems).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"engine".*"render"/)]);
  });

  it('refuses a renderer importing a use case, even for its types only', async () => {
    const value = await lint('src/render/x.ts', "import { advise } from '../app/advise.js';\n\nexport const run = advise;\n");
    expect(value).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"render".*"app"/)]);
    const typeOnly = await lint('src/render/x.ts', "import type { AdviseOptions } from '../app/advise.js';\n\nexport type Options = AdviseOptions;\n");
    expect(typeOnly).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"render".*"app"/)]);
  });

  it('refuses re-exports and dynamic imports that point up, and src/api.ts reaching into the CLI', async () => {
    expect(await lint('src/model/x.ts', "export { padEnd } from '../render/table.js';\n")).toEqual([expect.stringMatching(/^boundaries\/dependencies: /)]);
    expect(await lint('src/core/x.ts', "export const load = () => import('../engine/rank.js');\n")).toEqual([expect.stringMatching(/^boundaries\/dependencies: /)]);
    expect(await lint('src/api.ts', "export { run } from './cli/run.js';\n")).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"api".*"cli"/)]);
  });

  it('refuses a file in a folder that is no layer', async () => {
    expect(await lint('src/misc/x.ts', 'export const one = 1;\n')).toEqual([expect.stringMatching(/^boundaries\/no-unknown-files: /)]);
  });

  it('allows imports that point down or stay within the layer', async () => {
    const code = [
      "import type { Report } from '../report/types.js';",
      "import { terminalSafeData } from '../core/terminal-text.js';",
      "import { compareIds } from '../model/ids.js';",
      "import { padEnd } from './table.js';",
      '',
      'export const parts = (report: Report) => [terminalSafeData, compareIds, padEnd, report];',
      '',
    ].join('\n');
    expect(await lint('src/render/x.ts', code)).toEqual([]);
  });
});

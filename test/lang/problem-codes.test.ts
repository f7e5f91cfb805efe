import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { InvalidInputError } from '../../src/core/errors.js';
import type { Problem } from '../../src/core/problem.js';
import { loadProfile } from '../../src/profile/load.js';
import { fixturesDir, repoRoot } from '../helpers/run-etr.js';

/**
 * Every problem code etr can emit has a Chinese message. The types see to it where a problem is
 * made (says(), usageError() and the checks' helpers take every language); these tests see that
 * no problem is made another way, and that every problem the fixtures produce carries Chinese.
 */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
}

const sources = sourceFiles(join(repoRoot, 'src')).map((file) => ({ file: file.slice(repoRoot.length + 1), text: readFileSync(file, 'utf8') }));

/** The codes the sources give problems: `code: 'x'`, and the first argument of the helpers that make them. */
function codesInSources(): Set<string> {
  const codes = new Set<string>();
  const patterns = [/\bcode: '([a-z0-9]+(?:-[a-z0-9]+)+)'/g, /\b(?:at|add|finding|problemAt|fileProblem|unreadable)\([^'()]*?'([a-z0-9]+(?:-[a-z0-9]+)+)'/g, /^\s+[A-Z_]+: '(yaml-[a-z-]+)',$/gm];
  for (const { text } of sources) for (const pattern of patterns) for (const match of text.matchAll(pattern)) codes.add(match[1]!);
  return codes;
}

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe('every problem code has a Chinese message', () => {
  it('no problem or usage error is made from a message in one language', () => {
    // A problem's words come from says() (or a helper built on it), a usage error from usageError():
    // both require every language. A `message:` or `new UsageError(` elsewhere would not.
    const oneLanguage = sources.flatMap(({ file, text }) =>
      text
        .split('\n')
        .filter((line) => !/^\s*(?:\*|\/\/|\/\*)/.test(line) && /\bmessage: [`'"]|new UsageError\(/.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    // usageError() itself; the interview's prompts, which are questions, not problems.
    const allowed = (site: string) => site.startsWith('src/core/errors.ts: const error = new UsageError(message.en') || site.startsWith('src/cli/interview.ts');
    expect(oneLanguage.filter((site) => !allowed(site))).toEqual([]);
  });

  it('every problem of every broken fixture carries Chinese, for each code the sources name', async () => {
    const problems: Problem[] = [];
    for (const name of readdirSync(fixturesDir)) problems.push(...(await loadCatalog(join(fixturesDir, name), { today: '2099-01', maxAgeMonths: 1 })).problems);
    const { catalog } = await loadCatalog(builtinCatalogDir());
    const profilesDir = join(repoRoot, 'test', 'fixtures', 'profiles');
    for (const name of readdirSync(profilesDir)) {
      try {
        problems.push(...(await loadProfile(join(profilesDir, name), catalog!, { strict: false })).warnings);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        problems.push(...error.problems);
      }
    }
    const withoutChinese = problems.filter((p) => p.zh === undefined || !hasChinese(p.zh.message) || (p.hint !== undefined && (p.zh.hint === undefined || !hasChinese(p.zh.hint))));
    expect(withoutChinese).toEqual([]);
    const known = codesInSources();
    const seen = new Set(problems.map((p) => p.code));
    // The scan finds every code the fixtures produce, so it is a list of the codes there are.
    expect([...seen].filter((code) => !known.has(code))).toEqual([]);
    expect(seen.size).toBeGreaterThan(40);
  });
});

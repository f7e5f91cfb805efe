import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture } from './run-etr.js';

/** One change to a copied catalog: replace text (which must occur exactly once), write or delete a file. */
export type CatalogEdit =
  | { file: string; replace: string; with: string }
  | { file: string; write: string | Buffer }
  | { file: string; remove: true };

/**
 * Copies test/fixtures/catalogs/valid-minimal to a temporary directory and applies the edits, for
 * the few cases a committed fixture folder cannot hold (binary bytes, unreadable files).
 * Call the returned cleanup when done.
 */
export function brokenCatalog(edits: readonly CatalogEdit[]): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'etr-catalog-'));
  cpSync(fixture('valid-minimal'), dir, { recursive: true });
  for (const edit of edits) {
    const path = join(dir, edit.file);
    if ('remove' in edit) rmSync(path, { recursive: true, force: true });
    else if ('write' in edit) writeFileSync(path, edit.write);
    else {
      const text = readFileSync(path, 'utf8');
      const parts = text.split(edit.replace);
      if (parts.length !== 2) throw new Error(`"${edit.replace}" occurs ${parts.length - 1} times in ${edit.file}, not once`);
      writeFileSync(path, parts.join(edit.with));
    }
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A temporary directory for one test file, where hostile inputs are made rather than committed.
 * Readable by everyone, so cases can run etr as an unprivileged user. Removed after the file's
 * tests, with whatever else was handed to `afterTests` (a broken catalog's own cleanup, say).
 */
export function workDir(name: string): { dir: string; afterTests: (cleanup: () => void) => void } {
  const dir = mkdtempSync(join(tmpdir(), `etr-${name}-`));
  chmodSync(dir, 0o755);
  const cleanups: (() => void)[] = [];
  afterAll(() => {
    for (const cleanup of cleanups) cleanup();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, afterTests: (cleanup) => void cleanups.push(cleanup) };
}

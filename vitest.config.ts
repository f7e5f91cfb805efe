import { defineConfig } from 'vitest/config';

/**
 * The suites that take the longest (fuzzing, hostile files and batches, the packed install, every
 * failure end to end) run as their own project: `npm test` runs both, and while working,
 * `npx vitest run --project fast` runs the rest, about 60% of the time of the whole suite.
 */
const slow = ['test/fuzz/**/*.test.ts', 'test/cli/failures.test.ts', 'test/cli/hostile-*.test.ts', 'test/cli/package.test.ts'];

export default defineConfig({
  test: {
    // End-to-end tests spawn the built binary; give them room on a loaded 2-core machine.
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: slow } },
      { extends: true, test: { name: 'slow', include: slow } },
    ],
  },
});

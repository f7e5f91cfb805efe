import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built binary; give them room on a loaded 2-core machine.
    testTimeout: 30_000,
    pool: 'forks',
  },
});

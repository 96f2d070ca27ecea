import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // The property tests run thousands of cases; on a busy 2-core machine one can pass 5 s.
    // Speed is measured in `npm run bench:model`, not by a test's timeout.
    testTimeout: 30_000,
  },
});

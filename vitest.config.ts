import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // The property tests run thousands of cases; on a busy 2-core machine one can pass 5 s.
    // Speed is measured in `npm run bench:model`, not by a test's timeout.
    testTimeout: 30_000,
    // One worker runs many files, each importing the model once, instead of a fresh worker (and
    // fresh imports) per file: 11 s instead of 35 s for the same 598 tests on two cores. Safe
    // while no test mocks a module or changes a global (none does; all run in plain Node); a
    // test that must would need a Vitest project of its own with `isolate: true`.
    isolate: false,
  },
});

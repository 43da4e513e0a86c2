import { defineConfig } from 'vitest/config';

// COUNT_ASSERTIONS=1 counts the tests and the assertions they run, per file (see test/tools/count-assertions.setup.ts).
const counting = process.env['COUNT_ASSERTIONS'] !== undefined;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests run bin/notice.js, which runs dist/: build it first.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    ...(counting
      ? {
          setupFiles: ['test/tools/count-assertions.setup.ts'],
          reporters: ['default', './test/tools/count-assertions.reporter.ts'],
        }
      : {}),
  },
});

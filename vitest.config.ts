import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests run bin/notice.js, which runs dist/: build it first.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';

// COUNT_ASSERTIONS=1 counts the tests and the assertions they run, per file (see test/tools/count-assertions.setup.ts).
const counting = process.env['COUNT_ASSERTIONS'] !== undefined;

/** What every project has (projects do not inherit the root's test options; the global setup is the root's alone). */
const shared = {
  testTimeout: 30_000,
  ...(counting ? { setupFiles: ['test/tools/count-assertions.setup.ts'] } : {}),
};

export default defineConfig({
  test: {
    // test/e2e/ runs bin/notice.js, which runs dist/, and src/ reads the schema validators compiled into dist/:
    // build it first, once for the run.
    globalSetup: ['test/global-setup.ts'],
    ...(counting ? { reporters: ['default', './test/tools/count-assertions.reporter.ts'] } : {}),
    projects: [
      {
        // Everything that runs in the test's own process: the library, and the command through main(argv, io)
        // (also the builds that print PDFs with Chromium). Files run in parallel, and a worker keeps the modules
        // it has loaded from one file to the next (isolate: false; about a quarter of this project's time): a
        // test must leave no state behind (process.chdir is restored, servers and browsers are closed in
        // afterAll) and must not mock modules. One worker per core (vitest's default leaves one core to its
        // main process, which is idle meanwhile; on two cores that meant one worker).
        test: { ...shared, name: 'unit', include: ['test/*.test.ts'], isolate: false, maxWorkers: '100%' },
      },
      {
        // The built command as a new process: exit status, pipes, signals, a terminal, --watch. These wait for
        // moments in another process's life, so they run one file at a time, after the unit project, on a
        // machine no other test file is loading.
        test: { ...shared, name: 'e2e', include: ['test/e2e/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});

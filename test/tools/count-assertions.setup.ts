// Counts the assertions each test runs (its expect() calls, as executed: an expect in a loop counts once per
// turn), for count-assertions.reporter.ts. Use it to check that a change to the suite drops no assertion:
//
//   COUNT_ASSERTIONS=1 npx vitest run                   # writes test-counts.json and prints a table per file
//   COUNT_ASSERTIONS=before.json npx vitest run         # ...or to the file named
//
// vitest.config.ts loads this file and the reporter only when COUNT_ASSERTIONS is set. Assertions in
// beforeAll/afterAll hooks are not counted (vitest resets the count before each test); those in
// beforeEach/afterEach are counted with their test.
import { afterEach, expect } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    assertions?: number;
  }
}

afterEach(({ task }) => {
  task.meta.assertions = expect.getState().assertionCalls;
});

// Sums the assertions counted by count-assertions.setup.ts per test file; how to use it is said there.
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

interface FileCount {
  project: string;
  tests: number;
  passed: number;
  assertions: number;
  durationMs: number;
  perTest: { name: string; assertions: number; durationMs: number }[];
}

export default class CountAssertionsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const files: Record<string, FileCount> = {};
    for (const module of [...modules].sort((a, b) => a.relativeModuleId.localeCompare(b.relativeModuleId))) {
      const perTest = [...module.children.allTests()].map((test) => ({
        name: test.fullName,
        state: test.result().state,
        assertions: (test.meta() as { assertions?: number }).assertions ?? 0,
        durationMs: Math.round(test.diagnostic()?.duration ?? 0),
      }));
      files[module.relativeModuleId] = {
        project: module.project.name,
        tests: perTest.length,
        passed: perTest.filter((t) => t.state === 'passed').length,
        assertions: perTest.reduce((n, t) => n + t.assertions, 0),
        durationMs: Math.round(module.diagnostic().duration),
        perTest: perTest.map(({ name, assertions, durationMs }) => ({ name, assertions, durationMs })),
      };
    }
    const counts = Object.values(files);
    const total = {
      files: counts.length,
      tests: counts.reduce((n, f) => n + f.tests, 0),
      passed: counts.reduce((n, f) => n + f.passed, 0),
      assertions: counts.reduce((n, f) => n + f.assertions, 0),
    };
    const setting = process.env['COUNT_ASSERTIONS'] ?? '1';
    const out = setting.endsWith('.json') ? setting : 'test-counts.json';
    writeFileSync(out, `${JSON.stringify({ total, files }, null, 2)}\n`);
    const rows = Object.entries(files).map(
      ([file, f]) =>
        `${file.padEnd(32)} ${String(f.tests).padStart(5)} ${String(f.assertions).padStart(6)} ${String(f.durationMs).padStart(7)}`,
    );
    process.stdout.write(
      `\n${'file'.padEnd(32)} ${'tests'.padStart(5)} ${'assert'.padStart(6)} ${'ms'.padStart(7)}\n${rows.join('\n')}\n` +
        `${'total'.padEnd(32)} ${String(total.tests).padStart(5)} ${String(total.assertions).padStart(6)}\n` +
        `Assertion counts written to ${out}.\n`,
    );
  }
}

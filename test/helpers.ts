import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { loadNoticeBytes } from '../src/load/index.js';
import { validateNotice, type ValidateOptions } from '../src/validate/index.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXED_TODAY = '2026-06-01';

/** Validates YAML text as `file` would be, with a fixed "today". */
export async function validateText(text: string | Uint8Array, options: ValidateOptions = {}, file = 'test.yaml') {
  return validateNotice(loadNoticeBytes(text, file), { today: FIXED_TODAY, ...options });
}

/** `CODE line:column` of each diagnostic, for compact assertions. */
export function codesAt(diagnostics: readonly { code: string; line: number; column: number }[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `notice` command as a user would, without a terminal. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): CliRun {
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/notice.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'notice-test-'));
  temporary.push(dir);
  return dir;
}

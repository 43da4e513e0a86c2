import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
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

export interface CliOptions {
  /** The working folder (default: the repository). */
  cwd?: string;
  /** Added to this process's environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
}

/** The environment a run gets: this process's, without colour settings, with `extra` over it. */
function cliEnv(extra: CliOptions['env']): Record<string, string> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    ...extra,
  };
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/**
 * Runs the built `notice` command (bin/notice.js, dist/) as a user would, without a terminal. For what only
 * a real process shows: the exit status of the bin, signals, pipes, the bundle. Anything else: runMain.
 */
export function runCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/notice.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options.env),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `notice` in this process through main(argv, io), the function bin/notice.js calls, with what runCli
 * would give the command: the working folder (process.chdir, restored after; vitest's forks pool allows it),
 * the environment, and output streams that are not a terminal. Without the start of a new Node, a run takes
 * milliseconds. It runs src/, not the bundle in dist/.
 */
export async function runMain(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const { main } = await import('../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const previous = process.cwd();
  process.chdir(options.cwd ?? ROOT);
  try {
    const status = await main(args, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: cliEnv(options.env),
    });
    return { status, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

/** A fresh folder, removed when the test that made it has finished (after its afterEach hooks). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'notice-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

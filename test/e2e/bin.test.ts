import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_CASES } from '../cli-cases.js';
import { ROOT, runCli, tempDir } from '../helpers.js';

// The built command (bin/notice.js running dist/notice.cjs) as a new process, for what only a real process
// shows: its exit status, its streams as a shell sees them, a closed pipe, a preloaded environment.

describe('notice (the built command, run as a user would)', () => {
  for (const { name, run } of CLI_CASES.filter((c) => c.bin)) it(name, () => run(async (...args) => runCli(...args)));

  it('a reader that stops early (| head) is not an error: no crash, no stack trace', () => {
    // Far more than a pipe holds (64 KiB), so that the writes hit the closed pipe.
    const dir = tempDir();
    for (let i = 0; i < 60; i++)
      copyFileSync(join(ROOT, 'examples/local-loop-2018.yaml'), join(dir, `n${String(i).padStart(2, '0')}.yaml`));
    const run = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${join(ROOT, 'bin/notice.js')}" validate . | head -1; echo "status \${PIPESTATUS[0]}" >&2`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(run.stdout).toBe('n00.yaml\n');
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(run.stderr).toMatch(/^status [01]$/m);
  });
});

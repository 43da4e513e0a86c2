import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { CLI_CASES, ESC } from './cli-cases.js';
import { ROOT, runMain } from './helpers.js';

// Each case of cli-cases.ts; those marked `bin` run again through the built command in e2e/bin.test.ts.
describe('notice, in-process through main(argv, io)', () => {
  for (const { name, run } of CLI_CASES) it(name, () => run(runMain));
});

describe('colour', () => {
  it('is used on a terminal only, never with NO_COLOR or --no-color; FORCE_COLOR forces it', async () => {
    /** Whether a report with findings comes out coloured, on a stream that is or is not a terminal. */
    const coloured = async (isTTY: boolean, env: Record<string, string>, flags: string[] = []) => {
      let out = '';
      const io = { stdout: { write: (t: string) => (out += t), isTTY }, stderr: { write: () => true }, env };
      await main(['validate', ...flags, join(ROOT, 'examples/iljoja-2015.yaml')], io);
      return out.includes(ESC);
    };
    expect(await coloured(true, {})).toBe(true);
    expect(await coloured(false, {})).toBe(false);
    expect(await coloured(true, { NO_COLOR: '1' })).toBe(false);
    expect(await coloured(true, {}, ['--no-color'])).toBe(false);
    expect(await coloured(true, { TERM: 'dumb' })).toBe(false);
    expect(await coloured(false, { FORCE_COLOR: '1' })).toBe(true);
  });
});

describe('main() in-process', () => {
  it('returns the exit code instead of exiting, and prints through the given streams', async () => {
    let out = '';
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true }, env: {} };
    expect(await main(['validate', join(ROOT, 'examples/complete.yaml')], io)).toBe(0);
    expect(out).toContain('no problems');
  });

  it('an unexpected failure is an internal error: exit 2, one line, the stack only with --debug', async () => {
    let err = '';
    const io = {
      stdout: {
        write: () => {
          throw new Error('disk on fire');
        },
      },
      stderr: { write: (t: string) => (err += t) },
      env: {},
    };
    expect(await main(['validate', join(ROOT, 'examples/complete.yaml')], io)).toBe(2);
    expect(err).toBe(
      'notice: internal error: disk on fire\nThis is a bug in notice; please report it (run again with --debug for details).\n',
    );
    err = '';
    expect(await main(['validate', '--debug', join(ROOT, 'examples/complete.yaml')], io)).toBe(2);
    expect(err).toMatch(/\n\s+at /);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

/** `notice build --watch` running as a user would start it, with what it has printed so far. */
class Watcher {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(args: string[], cwd: string) {
    const env = { ...process.env, NO_COLOR: '1' };
    this.child = spawn(process.execPath, [join(ROOT, 'bin/notice.js'), 'build', '--watch', ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    running.push(this);
  }

  /** The summary lines printed so far: one per build. */
  get builds(): string[] {
    return this.stdout.split('\n').filter((line) => /^[✔!✖] .*\b\d+ files?\b.*\(\d+\.\d\d s\)\.$/.test(line));
  }

  async until(condition: () => boolean, what: string, ms = 15_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!condition()) {
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${what}.\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits until the watcher has been quiet for a while, so that no further build is on its way. */
  async settle(ms = 1_000): Promise<void> {
    let seen = this.stdout + this.stderr;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (this.stdout + this.stderr === seen) return;
      seen = this.stdout + this.stderr;
    }
  }

  interrupt(): void {
    this.child.kill('SIGINT');
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

const running: Watcher[] = [];
afterEach(() => {
  for (const watcher of running.splice(0)) watcher.kill();
});

function project(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'notices'));
  copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, 'notices/complete.yaml'));
  copyFileSync(join(ROOT, 'examples/iljoja-2015.yaml'), join(dir, 'notices/iljoja.yaml'));
  return dir;
}

async function started(watcher: Watcher): Promise<void> {
  await watcher.until(() => watcher.stderr.includes('Press Ctrl-C to stop.'), 'the watcher to start');
  expect(watcher.builds).toHaveLength(1);
}

describe('notice build --watch', () => {
  it('a saved change makes exactly one rebuild, of that notice only; Ctrl-C stops it with exit 0', async () => {
    const dir = project();
    const watcher = new Watcher(['notices', '--out', 'out', '--quiet'], dir);
    await started(watcher);
    expect(watcher.builds[0]).toContain('8 outputs written, 0 up to date');

    // Saved as editors do: a new file renamed over the old one.
    const file = join(dir, 'notices/iljoja.yaml');
    writeFileSync(
      `${file}.swp`,
      readFileSync(file, 'utf8').replace('  name: ILJOJA Networks\n', '  name: Iljoja Networks\n'),
    );
    renameSync(`${file}.swp`, file);
    await watcher.until(() => watcher.builds.length === 2, 'the rebuild');
    await watcher.settle();
    expect(watcher.builds).toHaveLength(2);
    expect(watcher.builds[1]).toContain('2 outputs written, 6 up to date');
    expect(watcher.stderr).toContain('Changed: notices/iljoja.yaml; building.');
    expect(readFileSync(join(dir, 'out/iljoja.fi.md'), 'utf8')).toContain('Iljoja Networks');

    watcher.interrupt();
    expect(await watcher.exited).toBe(0);
    expect(watcher.stderr).toMatch(/Stopped watching\.\n$/);
  });

  it('survives a notice that does not parse, shows its problems, and builds it once it is fixed', async () => {
    const dir = project();
    const watcher = new Watcher(['notices', '--out', 'out', '--quiet'], dir);
    await started(watcher);
    const file = join(dir, 'notices/complete.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('notice:', 'notice: [\n'));
    await watcher.until(() => watcher.builds.length === 2, 'the build of the broken notice');
    expect(watcher.stdout).toContain('YAML_SYNTAX');
    expect(watcher.stdout).toContain('notices/complete.yaml was not built');
    writeFileSync(file, good.replace('# ', '#  '));
    await watcher.until(() => watcher.builds.length === 3, 'the build of the fixed notice');
    // --quiet lists errors only; the summary still counts the warnings of the real notice beside complete.yaml.
    expect(watcher.builds[2]).toMatch(/^! 0 errors, \d+ warnings, 0 notes in 2 files; 6 outputs written, 2 up to date/);
    watcher.interrupt();
    expect(await watcher.exited).toBe(0);
  });

  it('rebuilds on a change of a template, a new notice, and the configuration; a broken configuration keeps the last good one', async () => {
    const dir = project();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates/style.css'), 'body { color: black; }\n');
    writeFileSync(
      join(dir, 'notice.config.yaml'),
      'inputs: [notices]\nout: public\nformats: [md, html]\ntemplates: templates\n',
    );
    const watcher = new Watcher(['--quiet'], dir);
    await started(watcher);

    writeFileSync(join(dir, 'templates/style.css'), 'body { color: navy; }\n');
    await watcher.until(() => watcher.builds.length === 2, 'the rebuild after the template changed');
    // Only the HTML pages carry the stylesheet; the Markdown comes out the same but is written again.
    expect(readFileSync(join(dir, 'public/complete.fi.html'), 'utf8')).toContain('color: navy');

    copyFileSync(join(ROOT, 'examples/lponet-2016.yaml'), join(dir, 'notices/lponet.yaml'));
    await watcher.until(() => watcher.builds.length === 3, 'the build of the new notice');
    expect(watcher.builds[2]).toMatch(/^! 0 errors, \d+ warnings, 0 notes in 3 files; 2 outputs written, 8 up to date/);

    writeFileSync(
      join(dir, 'notice.config.yaml'),
      'inputs: [notices]\nout: public\nformats: [md, html, nonsense]\ntemplates: templates\n',
    );
    await watcher.until(
      () => watcher.stderr.includes('Still using the last good configuration'),
      'the report of the broken configuration',
    );
    expect(watcher.stderr).toMatch(/notice\.config\.yaml\n +3:\d+ +error +SCHEMA_ENUM/);

    writeFileSync(
      join(dir, 'notice.config.yaml'),
      'inputs: [notices]\nout: public\nformats: [md, html, html-fragment]\ntemplates: templates\n',
    );
    await watcher.until(() => watcher.builds.length === 4, 'the build with the new configuration');
    expect(existsSync(join(dir, 'public/lponet.fi.fragment.html'))).toBe(true);
    await watcher.settle();
    expect(watcher.builds).toHaveLength(4);
    watcher.interrupt();
    expect(await watcher.exited).toBe(0);
  });
});

describe('notice build --watch, odd folders', () => {
  it('outputs written into the folder of notices trigger no build of their own', async () => {
    const dir = project();
    const watcher = new Watcher(['notices', '--out', 'notices', '--quiet'], dir);
    await started(watcher);
    const file = join(dir, 'notices/iljoja.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  name: ILJOJA Networks\n', '  name: Iljoja Oy\n'));
    await watcher.until(() => watcher.builds.length === 2, 'the rebuild');
    await watcher.settle();
    expect(watcher.builds).toHaveLength(2);
    expect(readFileSync(join(dir, 'notices/iljoja.fi.md'), 'utf8')).toContain('Iljoja Oy');
    watcher.interrupt();
    expect(await watcher.exited).toBe(0);
  });

  it('notices that do not exist: exit 2 with a message, not a silent end', async () => {
    const dir = tempDir();
    const watcher = new Watcher(['missing/', '--out', 'out'], dir);
    expect(await watcher.exited).toBe(2);
    expect(watcher.stderr).toContain('missing/: no such file or folder.');
  });

  it('a saved shared part outside the watched folder rebuilds the notices that extend it, and only those', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'test/fixtures/organisations'), join(dir, 'clients'), { recursive: true });
    // Only one organisation is watched; the consultant's shared texts lie outside its folder.
    const watcher = new Watcher(['clients/rakennus-kallio', '--out', 'out', '--quiet', '--format', 'html'], dir);
    await started(watcher);
    expect(watcher.builds[0]).toContain('4 outputs written, 0 up to date');
    const shared = join(dir, 'clients/_standard-texts.yaml');
    writeFileSync(shared, readFileSync(shared, 'utf8').replace('säännöllisesti', 'päivittäin'));
    await watcher.until(() => watcher.builds.length === 2, 'the rebuild after the part was saved');
    expect(watcher.builds[1]).toContain('4 outputs written, 0 up to date');
    expect(readFileSync(join(dir, 'out/customers.fi.html'), 'utf8')).toContain('päivittäin');
    watcher.interrupt();
    expect(await watcher.exited).toBe(0);
  });
});

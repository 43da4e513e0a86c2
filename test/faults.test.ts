import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFolder, removeStaleTemporaryFiles, writeFileAtomic } from '../src/fs.js';
import { buildNotices, LOCK_FILE } from '../src/outputs/index.js';
import { ROOT, runMain, tempDir } from './helpers.js';

// Faults of the file system and of hands on the build's files: what a build
// does with what it finds in its folders, and with a manifest it did not write.

const COMPLETE = join(ROOT, 'examples/complete.yaml');
const SEED = join(ROOT, 'examples/lamisnet-2018.yaml');

interface JsonReport {
  summary: { errors: number; warnings: number; stale?: number };
  files: { file: string; written: string[]; stale?: string[]; diagnostics: { code: string; severity: string }[] }[];
}

async function buildJson(dir: string, ...args: string[]): Promise<{ status: number | null; report: JsonReport }> {
  const run = await runMain(['build', 'notices', '--out', 'out', '--report', 'json', ...args], { cwd: dir });
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

function project(...files: string[]): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'notices'));
  for (const file of files) copyFileSync(file, join(dir, 'notices', file.split('/').pop()!));
  return dir;
}

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('two builds into one folder', () => {
  it('the second stops with a clear message while the first holds the folder, and may build after it', async () => {
    const dir = project(COMPLETE);
    mkdirSync(join(dir, 'out'));
    // The first build's lock, held as a build of this process holds it.
    const release = await lockFolder(join(dir, 'out'), LOCK_FILE);
    const second = await runMain(['build', 'notices', '--out', 'out'], { cwd: dir });
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/^notice: Another notice build \(process \d+\) is writing to out\.$/m);
    expect(existsSync(join(dir, 'out/complete.fi.md'))).toBe(false);
    await release();
    expect((await runMain(['build', 'notices', '--out', 'out'], { cwd: dir })).status).toBe(0);
    expect(existsSync(join(dir, 'out', LOCK_FILE))).toBe(false);
  });

  it('a lock left by a process that no longer runs is taken over', async () => {
    const dir = project(COMPLETE);
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', LOCK_FILE), `${deadPid()}\n`);
    expect((await runMain(['build', 'notices', '--out', 'out'], { cwd: dir })).status).toBe(0);
  });

  it('two claims of one folder started together: exactly one holds the lock, the other is refused', async () => {
    const dir = tempDir();
    const claims = await Promise.allSettled([lockFolder(dir, LOCK_FILE), lockFolder(dir, LOCK_FILE)]);
    expect(claims.map((claim) => claim.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = claims.find((claim) => claim.status === 'rejected')!;
    expect(refused.reason).toMatchObject({ code: 'OUTPUT_LOCKED' });
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
  });

  it('two builds of one program into one folder: never one breaking the other', async () => {
    const dir = project(COMPLETE, SEED);
    const options = { out: join(dir, 'out'), formats: ['md', 'html'] as const, today: '2026-06-01' };
    const [first, second] = await Promise.allSettled([
      buildNotices([join(dir, 'notices')], { ...options, formats: [...options.formats] }),
      buildNotices([join(dir, 'notices')], { ...options, formats: [...options.formats] }),
    ]);
    // Which one takes the folder depends on the event loop, and when one has finished before the other reaches the
    // lock, both succeed. What must never happen is one breaking the other (OUTPUT_UNWRITABLE, a lost file).
    const refused = [first, second].filter((result) => result.status === 'rejected');
    expect(refused.length).toBeLessThan(2);
    for (const result of refused) expect(result.reason).toMatchObject({ code: 'OUTPUT_LOCKED' });
    expect(readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.html'))).toHaveLength(4);
  });

  it('a build removes its own and dead processes’ temporary files, never a live build’s', async () => {
    const dir = tempDir();
    const live = process.ppid;
    const names = [
      `.a.fi.pdf.${process.pid}.0123abcd.tmp`,
      `.b.fi.pdf.${deadPid()}.0123abcd.tmp`,
      `.c.fi.pdf.${live}.0123abcd.tmp`,
      'keep.fi.md',
    ];
    for (const name of names) writeFileSync(join(dir, name), 'x');
    await removeStaleTemporaryFiles(dir);
    expect(readdirSync(dir).sort()).toEqual([`.c.fi.pdf.${live}.0123abcd.tmp`, 'keep.fi.md']);
  });
});

describe('the manifest is a cache, not a source of truth', () => {
  it('findings dropped from it by hand are made again', async () => {
    const dir = project(SEED);
    const first = await buildJson(dir);
    expect(first.report.summary.warnings).toBeGreaterThan(0);
    const file = join(dir, 'out/.notice-manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    for (const source of Object.values(manifest.sources) as { findings: { diagnostics: unknown[] } }[]) {
      source.findings.diagnostics = [];
    }
    writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
    const again = await buildJson(dir);
    expect(again.report.summary).toMatchObject({
      errors: first.report.summary.errors,
      warnings: first.report.summary.warnings,
    });
  });

  it('an output edited with its recorded hash changed to match is built again, and --check says it is stale', async () => {
    const dir = project(COMPLETE);
    await buildJson(dir);
    const output = join(dir, 'out/complete.fi.md');
    const original = readFileSync(output, 'utf8');
    const edited = original.replace('Tietosuojaseloste', 'Muokattu seloste');
    writeFileSync(output, edited);
    const file = join(dir, 'out/.notice-manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const { createHash } = await import('node:crypto');
    manifest.sources['../notices/complete.yaml'].outputs['complete.fi.md'].hash = createHash('sha256')
      .update(edited)
      .digest('hex');
    writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');

    const check = await buildJson(dir, '--check');
    expect(check.status).toBe(1);
    expect(check.report.files[0]!.stale).toEqual(['out/complete.fi.md']);
    const build = await buildJson(dir);
    expect(build.report.files[0]!.written).toContain('out/complete.fi.md');
    expect(readFileSync(output, 'utf8')).toBe(original);
  });
});

describe('what a folder search finds', () => {
  it('does not follow links out of the folder, takes links inside it, and reports what cannot be read as that file’s problem', async () => {
    const dir = project(COMPLETE);
    const outside = tempDir();
    writeFileSync(join(outside, 'secrets.env'), 'AWS_SECRET_ACCESS_KEY=abcdefghijklmnop\n');
    symlinkSync(join(outside, 'secrets.env'), join(dir, 'notices/secrets.yaml'));
    symlinkSync('/etc/passwd', join(dir, 'notices/passwd.yaml'));
    mkdirSync(join(dir, 'shared'));
    copyFileSync(SEED, join(dir, 'notices/seed-original.yml'));
    symlinkSync(join(dir, 'notices/seed-original.yml'), join(dir, 'notices/seed-link.yaml'));
    symlinkSync(join(dir, 'notices/gone.yml'), join(dir, 'notices/dangling.yaml'));
    symlinkSync(join(dir, 'notices/loop-b.yaml'), join(dir, 'notices/loop-a.yaml'));
    symlinkSync(join(dir, 'notices/loop-a.yaml'), join(dir, 'notices/loop-b.yaml'));
    spawnSync('mkfifo', [join(dir, 'notices/pipe.yaml')]);

    const run = await runMain(['validate', 'notices', '-f', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout) as JsonReport;
    const found = Object.fromEntries(report.files.map((f) => [f.file, f.diagnostics.map((d) => d.code)]));
    expect(Object.keys(found).sort()).toEqual([
      'notices/complete.yaml',
      'notices/dangling.yaml',
      'notices/loop-a.yaml',
      'notices/loop-b.yaml',
      'notices/pipe.yaml',
      'notices/seed-link.yaml',
      'notices/seed-original.yml',
    ]);
    expect(found['notices/pipe.yaml']).toEqual(['FILE_NOT_REGULAR']);
    expect(found['notices/dangling.yaml']).toEqual(['FILE_UNREADABLE']);
    expect(found['notices/loop-a.yaml']).toEqual(['FILE_UNREADABLE']);
    expect(found['notices/seed-link.yaml']).toEqual(found['notices/seed-original.yml']);
    expect(run.stdout + run.stderr).not.toMatch(/AWS_SECRET|root:/);
    expect(run.status).toBe(1);
  });
});

describe('file names and modes', () => {
  it('a notice file name that names no output (...yaml) cannot lead an output out of its folder', async () => {
    const dir = project(COMPLETE);
    copyFileSync(COMPLETE, join(dir, 'notices/...yaml'));
    writeFileSync(join(dir, 'notice.config.yaml'), 'naming: "{name}/{lang}.{ext}"\n');
    const run = await runMain(['build', 'notices/...yaml', '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('notices/...yaml gives no name to build its outputs under.');
    expect(readdirSync(dir).sort()).toEqual(['notice.config.yaml', 'notices']);
  });

  it('a notice with a name of 232 characters builds (its temporary files are named to fit)', async () => {
    const dir = project();
    const name = 'rekisteri-'.repeat(23) + 'xx';
    expect(name).toHaveLength(232);
    copyFileSync(COMPLETE, join(dir, `notices/${name}.yaml`));
    const run = await runMain(['build', 'notices', '--out', 'out', '--format', 'md,html-fragment'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, `out/${name}.sv.fragment.html`))).toBe(true);
  });

  it('a file that is replaced keeps its permissions', async () => {
    const dir = tempDir();
    const file = join(dir, 'private.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  const strace = spawnSync('strace', ['-V']).status === 0;
  it.skipIf(!strace)(
    'an atomic write flushes the file, renames it into place, then flushes the folder (skipped where strace is missing)',
    () => {
      const dir = tempDir();
      const script = `import(${JSON.stringify(join(ROOT, 'dist/fs.js'))}).then((fs) => fs.writeFileAtomic(${JSON.stringify(join(dir, 'out.md'))}, 'x'))`;
      const traced = spawnSync('strace', ['-f', '-y', '-e', 'trace=fsync,rename', process.execPath, '-e', script], {
        encoding: 'utf8',
      });
      const calls = traced.stderr
        .split('\n')
        .map((line) => /(fsync|rename)\((.*)\)\s+= 0$/.exec(line.replace(/^\[pid \d+\] /, '')))
        .filter((m) => m !== null)
        .map((m) =>
          `${m[1]} ${m[2]!}`
            .replaceAll(dir, 'DIR')
            .replace(/\d+</g, '<')
            .replace(/\.out\.md\.\d+\.[0-9a-f]{8}\.tmp/g, 'TMP'),
        );
      expect(calls).toEqual(['fsync <DIR/TMP>', 'rename "DIR/TMP", "DIR/out.md"', 'fsync <DIR>']);
    },
  );

  it('--output-file never overwrites a notice or the configuration file', async () => {
    const dir = project(COMPLETE);
    writeFileSync(join(dir, 'notice.config.yaml'), 'inputs: [notices]\n');
    const before = readFileSync(join(dir, 'notices/complete.yaml'), 'utf8');
    for (const target of ['notices/complete.yaml', 'notice.config.yaml']) {
      for (const command of ['validate', 'build']) {
        const run = await runMain([command, '--output-file', target], { cwd: dir });
        expect(run.status, `${command} ${target}`).toBe(2);
        expect(run.stderr).toContain(`--output-file ${target} is`);
      }
    }
    expect(readFileSync(join(dir, 'notices/complete.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'notice.config.yaml'), 'utf8')).toBe('inputs: [notices]\n');
    expect(existsSync(join(dir, 'build'))).toBe(false);
  });

  it('--templates names a folder: a file there is an error, not a silent fall-back to the built-in set', async () => {
    const dir = project(COMPLETE);
    writeFileSync(join(dir, 'style.css'), 'body { color: red; }\n');
    const run = await runMain(['build', 'notices', '--out', 'out', '--templates', 'style.css'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('style.css is a file, not a folder of templates.');
  });
});

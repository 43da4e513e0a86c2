import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNotices, type BuildOptions } from '../src/outputs/index.js';
import { ROOT, runMain, tempDir } from './helpers.js';

const EXAMPLES = [
  'complete',
  'iljoja-2015',
  'lamisnet-2018',
  'local-loop-2018',
  'lponet-2016',
  'lponet-asiakasrekisteri',
];

/** A folder of the six example notices. */
function notices(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'notices'));
  for (const name of EXAMPLES) copyFileSync(join(ROOT, `examples/${name}.yaml`), join(dir, `notices/${name}.yaml`));
  return dir;
}

interface JsonReport {
  summary: { files: number; errors: number; outputs?: number; written?: number; stale?: number };
  files: {
    file: string;
    outputs: string[];
    written: string[];
    stale?: string[];
    diagnostics: { code: string; value?: string; severity: string }[];
  }[];
}

async function build(
  dir: string,
  ...args: string[]
): Promise<{ status: number | null; report: JsonReport; stderr: string }> {
  const run = await runMain(['build', 'notices', '--out', 'out', '--report', 'json', ...args], { cwd: dir });
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

function written(report: JsonReport): string[] {
  return report.files.flatMap((f) => f.written).sort();
}

/** Each file in the folder with its modification time, to see what a run touched. */
function snapshot(dir: string): Record<string, number> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
}

describe('incremental builds', () => {
  it('a second build writes nothing and reports the same findings', async () => {
    const dir = notices();
    const first = await build(dir);
    expect(first.report.summary).toMatchObject({ outputs: 16, written: 16 });
    const before = snapshot(join(dir, 'out'));
    const second = await build(dir);
    expect(second.report.summary).toMatchObject({ outputs: 16, written: 0 });
    expect(second.status).toBe(first.status);
    expect(second.report.files.map((f) => f.diagnostics)).toEqual(first.report.files.map((f) => f.diagnostics));
    expect(snapshot(join(dir, 'out'))).toEqual(before);
  });

  it('only the changed notice is built again', async () => {
    const dir = notices();
    await build(dir);
    const notice = join(dir, 'notices/lamisnet-2018.yaml');
    writeFileSync(notice, readFileSync(notice, 'utf8').replace('  name: LamisNET\n', '  name: LamisNET Oy\n'));
    const again = await build(dir);
    expect(written(again.report)).toEqual(['out/lamisnet-2018.fi.html', 'out/lamisnet-2018.fi.md']);
    expect(readFileSync(join(dir, 'out/lamisnet-2018.fi.md'), 'utf8')).toContain('LamisNET Oy');
  });

  it('a changed template, option or version builds again what it affects', async () => {
    const dir = notices();
    await build(dir);
    // A new option: only the outputs it adds are written.
    expect(written((await build(dir, '--format', 'md,html,html-fragment')).report)).toHaveLength(8);
    // A template of one's own changes every output.
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates/style.css'), 'body { color: black; }\n');
    expect(written((await build(dir, '--templates', 'templates')).report)).toHaveLength(16);
    writeFileSync(join(dir, 'templates/style.css'), 'body { color: navy; }\n');
    expect(written((await build(dir, '--templates', 'templates')).report)).toHaveLength(16);
    expect(written((await build(dir, '--templates', 'templates')).report)).toHaveLength(0);
    // Another profile changes what is rendered and found.
    expect(written((await build(dir, '--templates', 'templates', '--profile', 'gdpr')).report).length).toBeGreaterThan(
      0,
    );

    // Another version of notice builds everything again.
    const options: BuildOptions = { out: join(dir, 'lib-out'), formats: ['md'], version: '1.0.0', today: '2026-06-01' };
    const paths = [join(dir, 'notices')];
    expect((await buildNotices(paths, options)).flatMap((r) => r.written)).toHaveLength(8);
    expect((await buildNotices(paths, options)).flatMap((r) => r.written)).toHaveLength(0);
    expect((await buildNotices(paths, { ...options, version: '1.0.1' })).flatMap((r) => r.written)).toHaveLength(8);
  });

  it('an output changed or deleted by hand is written again; --force writes all', async () => {
    const dir = notices();
    await build(dir);
    appendFileSync(join(dir, 'out/complete.fi.md'), '\nedited by hand\n');
    rmSync(join(dir, 'out/iljoja-2015.fi.html'));
    expect(written((await build(dir)).report)).toEqual(['out/complete.fi.md', 'out/iljoja-2015.fi.html']);
    expect(readFileSync(join(dir, 'out/complete.fi.md'), 'utf8')).not.toContain('edited by hand');
    expect(written((await build(dir, '--force')).report)).toHaveLength(16);
  });

  it('the manifest is the same wherever and whenever the build ran, so it can be committed', async () => {
    const a = notices();
    const b = notices();
    await build(a);
    await build(b);
    const manifest = readFileSync(join(a, 'out/.notice-manifest.json'), 'utf8');
    expect(readFileSync(join(b, 'out/.notice-manifest.json'), 'utf8')).toBe(manifest);
    expect(manifest).not.toContain(a);
    expect(JSON.parse(manifest)).toMatchObject({ tool: 'notice', manifestVersion: 3 });
    expect(Object.keys(JSON.parse(manifest).sources)).toEqual(EXAMPLES.map((name) => `../notices/${name}.yaml`));
  });

  it('a damaged manifest entry is left out: only its notice is built again, and nothing crashes', async () => {
    const dir = notices();
    await build(dir);
    const file = join(dir, 'out/.notice-manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    delete manifest.sources['../notices/iljoja-2015.yaml'].findings;
    manifest.sources['../notices/complete.yaml'].outputs['complete.fi.md'] = 'nonsense';
    writeFileSync(file, JSON.stringify(manifest));
    const again = await build(dir);
    expect(again.status).toBe(1);
    expect(again.stderr).not.toContain('internal error');
    expect(written(again.report)).toEqual([
      'out/complete.en.html',
      'out/complete.en.md',
      'out/complete.fi.html',
      'out/complete.fi.md',
      'out/complete.sv.html',
      'out/complete.sv.md',
      'out/iljoja-2015.fi.html',
      'out/iljoja-2015.fi.md',
    ]);
  });

  it('the manifest lists the outputs of the last build only, forgets deleted notices, and is not rewritten when nothing changed', async () => {
    const dir = notices();
    await build(dir, '--format', 'md,html,html-fragment');
    await build(dir, '--format', 'md');
    rmSync(join(dir, 'notices/lponet-2016.yaml'));
    await build(dir, '--format', 'md');
    const file = join(dir, 'out/.notice-manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(manifest.sources)).not.toContain('../notices/lponet-2016.yaml');
    expect(
      Object.values(manifest.sources)
        .flatMap((source) => Object.keys((source as { outputs: object }).outputs))
        .every((name) => name.endsWith('.md')),
    ).toBe(true);
    const before = statSync(file).mtimeMs;
    await build(dir, '--format', 'md');
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('an output folder that cannot be written is a clear error (exit 2), not a crash', async () => {
    const dir = notices();
    writeFileSync(join(dir, 'afile'), '');
    const run = await runMain(['build', 'notices', '--out', 'afile'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^notice: Cannot write afile: a file is in the way of a folder\.\nhint: /);
    mkdirSync(join(dir, 'out/complete.fi.md'), { recursive: true });
    const blocked = await runMain(['build', 'notices', '--out', 'out'], { cwd: dir });
    expect(blocked.status).toBe(2);
    expect(blocked.stderr).toContain('notice: Cannot write out/complete.fi.md: a folder is in the way.');
  });

  it('two notices whose names differ only in case clash; one file named twice is one notice', async () => {
    const dir = notices();
    mkdirSync(join(dir, 'more'));
    copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, 'more/Complete.yaml'));
    const clash = await runMain(['build', 'notices', 'more'], { cwd: dir });
    expect(clash.status).toBe(2);
    expect(clash.stderr).toMatch(/complete.yaml and more\/Complete.yaml would both be built as/);
    const twice = await runMain(
      ['build', 'notices/complete.yaml', join(dir, 'notices/complete.yaml'), '--out', 'out', '-r', 'json'],
      { cwd: dir },
    );
    expect(twice.status).toBe(0);
    expect(JSON.parse(twice.stdout).files).toHaveLength(1);
  });

  it('a damaged manifest is not trusted: everything is built again', async () => {
    const dir = notices();
    await build(dir);
    writeFileSync(join(dir, 'out/.notice-manifest.json'), '{ "manifestVersion": 1, "sources": ');
    expect((await build(dir)).report.summary).toMatchObject({ written: 16 });
  });

  it('findings that depend on the date are checked again on another day', async () => {
    const dir = tempDir();
    const text = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8').replace(
      /updated: "?[\d-]+"?/,
      'updated: "2026-07-01"',
    );
    writeFileSync(join(dir, 'future.yaml'), text);
    const options: BuildOptions = { out: join(dir, 'out'), formats: ['md'], today: '2026-06-01' };
    const codes = async (today: string) =>
      (await buildNotices([join(dir, 'future.yaml')], { ...options, today }))[0]!.diagnostics.map((d) => d.code);
    expect(await codes('2026-06-01')).toContain('DATE_IN_FUTURE');
    expect(await codes('2026-06-01')).toContain('DATE_IN_FUTURE');
    expect(await codes('2026-07-02')).not.toContain('DATE_IN_FUTURE');
  });
});

describe('notice build --check', () => {
  it('fresh: exit 0 and nothing written', async () => {
    const dir = notices();
    await build(dir, '--profile', 'gdpr', '--lang', 'fi');
    const before = snapshot(join(dir, 'out'));
    const manifest = readFileSync(join(dir, 'out/.notice-manifest.json'));
    const check = await runMain(
      ['build', 'notices', '--out', 'out', '--profile', 'gdpr', '--lang', 'fi', '--check', '--quiet'],
      { cwd: dir },
    );
    expect(check.stdout).toMatch(/0 outputs missing or out of date, 12 up to date/);
    expect(check.stdout).not.toMatch(/OUTPUT_(MISSING|STALE)/);
    expect(snapshot(join(dir, 'out'))).toEqual(before);
    expect(readFileSync(join(dir, 'out/.notice-manifest.json')).equals(manifest)).toBe(true);
  });

  it('exit 0 for clean notices whose outputs are current, exit 1 when one is stale or missing, naming each', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'notices'));
    copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, 'notices/a.yaml'));
    copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, 'notices/b.yaml'));
    expect((await build(dir, '--lang', 'fi')).status).toBe(0);
    expect((await build(dir, '--lang', 'fi', '--check')).status).toBe(0);

    appendFileSync(join(dir, 'out/a.fi.html'), '<!-- edited -->');
    rmSync(join(dir, 'out/b.fi.md'));
    const check = await build(dir, '--lang', 'fi', '--check');
    expect(check.status).toBe(1);
    const problems = check.report.files.flatMap((f) => f.diagnostics.map((d) => `${f.file} ${d.code} ${d.value}`));
    expect(problems).toEqual([
      'notices/a.yaml OUTPUT_STALE out/a.fi.html',
      'notices/b.yaml OUTPUT_MISSING out/b.fi.md',
    ]);
    expect(check.report.summary).toMatchObject({ stale: 2, written: 0 });
    expect(readdirSync(join(dir, 'out'))).not.toContain('b.fi.md');
  });

  it('names the outputs a changed notice, template or option would change', async () => {
    const dir = notices();
    await build(dir);
    const notice = join(dir, 'notices/iljoja-2015.yaml');
    writeFileSync(
      notice,
      readFileSync(notice, 'utf8').replace('  name: ILJOJA Networks\n', '  name: Iljoja Networks\n'),
    );
    const stale = (report: JsonReport) => report.files.flatMap((f) => f.stale ?? []).sort();
    expect(stale((await build(dir, '--check')).report)).toEqual(['out/iljoja-2015.fi.html', 'out/iljoja-2015.fi.md']);
    // Outputs the current options would add are missing (8 fragments), besides the two stale ones.
    const withFragments = stale((await build(dir, '--check', '--format', 'md,html,html-fragment')).report);
    expect(withFragments.filter((f) => f.endsWith('.fragment.html'))).toHaveLength(8);
    expect(withFragments).toHaveLength(10);
  });

  it('without a manifest (outputs committed alone), outputs are compared by content', async () => {
    const dir = notices();
    await build(dir);
    rmSync(join(dir, 'out/.notice-manifest.json'));
    const check = await build(dir, '--check');
    expect(check.report.summary).toMatchObject({ stale: 0, outputs: 16 });
  });
});

describe('notice build --shard', () => {
  it('the shards are disjoint, together complete, and the same on every run', async () => {
    const dir = notices();
    const shardFiles = async (spec: string) =>
      (await build(dir, '--shard', spec, '--format', 'md')).report.files.map((f) => f.file);
    const split = async () => [await shardFiles('1/3'), await shardFiles('2/3'), await shardFiles('3/3')];
    const shards = await split();
    expect(shards.flat().sort()).toEqual(EXAMPLES.map((n) => `notices/${n}.yaml`));
    expect(new Set(shards.flat()).size).toBe(EXAMPLES.length);
    expect(await split()).toEqual(shards);
    expect(await shardFiles('1/1')).toHaveLength(EXAMPLES.length);
    // The same split from another working folder, with the paths written otherwise.
    const fromBelow = await runMain(
      ['build', '../notices', '--out', '../out', '--shard', '1/3', '--format', 'md', '-r', 'json'],
      { cwd: join(dir, 'notices') },
    );
    expect(JSON.parse(fromBelow.stdout).files.map((f: { file: string }) => f.file.replace('../', ''))).toEqual(
      shards[0],
    );
  });

  it('a bad shard is a usage error', async () => {
    const dir = notices();
    for (const spec of ['0/2', '3/2', 'a/b', '1']) {
      const run = await runMain(['build', 'notices', '--shard', spec], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`--shard ${spec}: give it as i/n, with 1 <= i <= n.`);
    }
  });
});

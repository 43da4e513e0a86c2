import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { githubWorkflow } from '../src/init/workflow.js';
import { OUTPUT_FORMAT_IDS } from '../src/outputs/formats.js';
import { candidatePaths } from '../src/pdf/browser.js';
import { ROOT, runMain, tempDir, type CliRun } from './helpers.js';

// The recipes run here as on a CI runner, as far as that can be done without one:
// every `npx notice` command in them, in a copy of a project made of the recipes'
// notice.config.yaml and the examples, with CI variables given concrete values.
// bash expands each command line as the runner's shell does; the notice command in it
// then runs in this process, through main() (test/e2e/bin.test.ts runs the real bin).

const RECIPES = join(ROOT, 'examples/ci');
const SEEDS = ['complete', 'iljoja-2015', 'lamisnet-2018', 'local-loop-2018', 'lponet-2016', 'lponet-asiakasrekisteri'];
const NPX_NOTICE = /\bnpx (?:--no )?notice\b/g;
/** Tests that build PDFs several times over. */
const HEAVY = 120_000;

const recipe = (name: string): unknown => parse(readFileSync(join(RECIPES, name), 'utf8'));
const config = parse(readFileSync(join(RECIPES, 'notice.config.yaml'), 'utf8')) as {
  inputs: string[];
  out: string;
  formats: string[];
};

/** A repository of notices: the recipes' configuration at the top, the chosen examples in its inputs folder. */
function project(notices: readonly string[]): string {
  const dir = tempDir();
  copyFileSync(join(RECIPES, 'notice.config.yaml'), join(dir, 'notice.config.yaml'));
  mkdirSync(join(dir, config.inputs[0]!));
  for (const name of notices)
    copyFileSync(join(ROOT, `examples/${name}.yaml`), join(dir, config.inputs[0]!, `${name}.yaml`));
  return dir;
}

/** The `npx notice` lines of a step's script. */
function noticeLines(script: string | readonly string[] | undefined): string[] {
  const lines = script === undefined ? [] : typeof script === 'string' ? script.split('\n') : script;
  return lines.map((line) => line.trim()).filter((line) => line.match(NPX_NOTICE));
}

/**
 * Runs a script line as the runners do: bash expands it (variables, defaults, quotes) in the same folder and
 * environment, and the one `npx notice` command in it runs this checkout's notice, with the words bash made.
 */
async function sh(line: string, cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  if (line.match(NPX_NOTICE)?.length !== 1) throw new Error(`not one notice command: ${line}`);
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NO_COLOR' && name !== 'FORCE_COLOR'),
  );
  // The command's words as bash passes them, NUL-separated.
  const words = spawnSync(
    'bash',
    ['-e', '-c', `notice() { printf '%s\\0' "$@"; }; ${line.replace(NPX_NOTICE, 'notice')}`],
    {
      cwd,
      env: { ...clean, ...env },
      encoding: 'utf8',
    },
  );
  if (words.status !== 0) throw new Error(`bash could not expand: ${line}\n${words.stderr}`);
  return runMain(words.stdout.split('\0').slice(0, -1), { cwd, env });
}

/** Replaces `${{ name }}` expressions; an expression the test does not know fails it. */
function expand(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for \${{ ${name} }} in: ${text}`);
    return String(values[name]);
  });
}

/** Every file under a folder, relative to it, hidden files (the manifest) left out. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

let fullBuild: Promise<{ status: number | null; outputs: string[] }> | undefined;

/**
 * The outputs a full build of the seeds writes, for comparison with the recipes' builds in parts. Built once
 * for the file: those tests only read the list.
 */
async function expectedOutputs(): Promise<string[]> {
  fullBuild ??= (async () => {
    const dir = project(SEEDS);
    const { status } = await sh('npx notice build', dir);
    return { status, outputs: filesUnder(join(dir, config.out)) };
  })();
  const { status, outputs } = await fullBuild;
  expect(status).toBeLessThanOrEqual(1);
  return outputs;
}

describe('examples/ci/notice.config.yaml', () => {
  it('is a valid configuration whose outputs include PDFs', async () => {
    const dir = project(['complete']);
    const run = await sh('npx notice build', dir);
    expect(run.stderr).not.toMatch(/CONFIG_|error/i);
    expect(run.status).toBe(0);
    expect(config.formats).toContain('pdf');
    expect(filesUnder(join(dir, config.out))).toEqual([
      'complete.en.html',
      'complete.en.md',
      'complete.en.pdf',
      'complete.fi.html',
      'complete.fi.md',
      'complete.fi.pdf',
      'complete.sv.html',
      'complete.sv.md',
      'complete.sv.pdf',
    ]);
  });
});

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: unknown;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: string;
  if?: unknown;
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown[]> };
  steps?: Step[];
}
interface Workflow {
  on?: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

describe('examples/ci/.github/workflows/notices.yml', () => {
  const workflow = recipe('.github/workflows/notices.yml') as Workflow;
  const jobs = workflow.jobs;
  const job = (id: string): Job => {
    expect(jobs[id], `job ${id}`).toBeDefined();
    return jobs[id]!;
  };
  const commands = (id: string, values: Record<string, string | number> = {}): string[] =>
    (job(id).steps ?? []).flatMap((s) => noticeLines(s.run)).map((line) => expand(line, values));
  const step = (id: string, uses: string): Step | undefined =>
    job(id).steps?.find((s) => s.uses?.startsWith(`${uses}@`));

  it('is a workflow: triggers, and jobs with a runner, Node 22, npm ci before notice, and least permissions', () => {
    expect(Object.keys(workflow.on ?? {}).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [id, j] of Object.entries(jobs)) {
      expect(j['runs-on'], id).toBe('ubuntu-latest');
      const steps = j.steps ?? [];
      expect(steps.length, id).toBeGreaterThan(0);
      for (const s of steps) expect(Boolean(s.uses) !== Boolean(s.run), `${id}: a step has uses or run`).toBe(true);
      expect(steps[0]?.uses).toBe('actions/checkout@v4');
      expect(steps[1]).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': 22 } });
      const install = steps.findIndex((s) => s.run === 'npm ci');
      const first = steps.findIndex((s) => noticeLines(s.run).length > 0);
      expect(install, id).toBeGreaterThan(0);
      expect(first, id).toBeGreaterThan(install);
      // Every expression in a command is one the job defines (the matrix).
      for (const s of steps)
        for (const name of [...(s.run ?? '').matchAll(/\$\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!)) {
          expect(
            name.startsWith('matrix.') && j.strategy?.matrix?.[name.slice('matrix.'.length)] !== undefined,
            `${id}: ${name}`,
          ).toBe(true);
        }
    }
    // The alternatives are there, switched off until chosen.
    expect(job('build-shards').if).toBe(false);
    expect(job('check').if).toBe(false);
  });

  it('uploads SARIF only from a job with the permission, also after findings, the file the job wrote', () => {
    const uploading = Object.entries(jobs).filter(([, j]) =>
      j.steps?.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')),
    );
    expect(uploading.map(([id]) => id)).toEqual(['code-scanning']);
    const [, scanning] = uploading[0]!;
    expect(scanning.permissions).toMatchObject({ 'security-events': 'write', contents: 'read' });
    const upload = step('code-scanning', 'github/codeql-action/upload-sarif')!;
    expect(upload.if).toBe('always()');
    expect(commands('code-scanning')).toEqual([
      `npx notice validate --format sarif --output-file ${upload.with?.['sarif_file']}`,
    ]);
    // No other job asks for more than reading the repository.
    for (const [id, j] of Object.entries(jobs)) if (id !== 'code-scanning') expect(j.permissions, id).toBeUndefined();
  });

  it(
    'validate, code scanning and build run on notices with errors: exit 1, annotations, a SARIF file, every output uploaded',
    { timeout: HEAVY },
    async () => {
      const dir = project(SEEDS);
      const [validate, ...more] = commands('validate');
      expect(more).toEqual([]);
      expect(validate).toContain('--format github');
      const annotations = await sh(validate!, dir);
      expect(annotations.status).toBe(1);
      expect(annotations.stdout).toMatch(
        /^::error file=notices\/local-loop-2018\.yaml,line=\d+,col=\d+,title=RETENTION_MISSING/m,
      );

      for (const command of commands('code-scanning')) expect((await sh(command, dir)).status).toBe(1);
      const sarif = JSON.parse(
        readFileSync(
          join(dir, String(step('code-scanning', 'github/codeql-action/upload-sarif')!.with?.['sarif_file'])),
          'utf8',
        ),
      );
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('RETENTION_MISSING');

      for (const command of commands('build')) expect((await sh(command, dir)).status).toBe(1);
      const upload = step('build', 'actions/upload-artifact')!;
      expect(upload.if).toBe('always()');
      const uploaded = filesUnder(join(dir, String(upload.with?.['path'])));
      for (const name of SEEDS)
        expect(uploaded, name).toEqual(expect.arrayContaining([`${name}.fi.md`, `${name}.fi.html`, `${name}.fi.pdf`]));
    },
  );

  it('every command passes (exit 0) on a notice without errors', { timeout: HEAVY }, async () => {
    const dir = project(['complete']);
    for (const id of ['validate', 'code-scanning', 'build', 'check']) {
      for (const command of commands(id)) expect((await sh(command, dir)).status, `${id}: ${command}`).toBe(0);
    }
  });

  it(
    'build-shards: the four parts, each on a fresh runner, are disjoint and together the whole build',
    { timeout: HEAVY },
    async () => {
      const shards = job('build-shards').strategy?.matrix?.['shard'];
      expect(shards).toEqual([1, 2, 3, 4]);
      expect(job('build-shards').strategy).toMatchObject({ 'fail-fast': false });
      const upload = step('build-shards', 'actions/upload-artifact')!;
      const names = new Set<string>();
      const parts: string[][] = [];
      for (const shard of shards!) {
        const dir = project(SEEDS);
        for (const command of commands('build-shards', { 'matrix.shard': shard as number })) {
          expect(command).toContain(`--shard ${shard}/${shards!.length}`);
          expect((await sh(command, dir)).status).toBeLessThanOrEqual(1);
        }
        names.add(expand(String(upload.with?.['name']), { 'matrix.shard': shard as number }));
        parts.push(filesUnder(join(dir, String(upload.with?.['path']))));
      }
      // upload-artifact@v4 refuses a second artifact of the same name in a run.
      expect(names.size).toBe(shards!.length);
      const all = parts.flat().sort();
      expect(new Set(all).size).toBe(all.length);
      expect(all).toEqual(await expectedOutputs());
      expect(parts.filter((p) => p.length > 0).length).toBeGreaterThan(1);
    },
  );

  it('check: passes right after a build, fails naming an output that went missing', { timeout: HEAVY }, async () => {
    const [check, ...more] = commands('check');
    expect(more).toEqual([]);
    expect(check).toBe('npx notice build --check');

    const clean = project(['complete']);
    for (const command of commands('build')) await sh(command, clean);
    const fresh = await sh(check!, clean);
    expect(fresh.status).toBe(0);

    // The seeds have errors of their own (exit 1), but no output is reported.
    const seeds = project(SEEDS);
    for (const command of commands('build')) await sh(command, seeds);
    const checked = await sh(check!, seeds);
    expect(checked.status).toBe(1);
    expect(checked.stdout).not.toMatch(/OUTPUT_(MISSING|STALE)/);

    rmSync(join(clean, config.out, 'complete.sv.pdf'));
    const missing = await sh(check!, clean);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('OUTPUT_MISSING');
    expect(missing.stdout).toContain('complete.sv.pdf');
  });

  it('notice init --ci github writes the same steps, naming its notices and options itself', () => {
    const written = parse(githubWorkflow('notices')) as Workflow;
    const steps = written.jobs['notices']!.steps!;
    expect(written.permissions).toEqual(workflow.permissions);
    expect(steps.slice(0, 3)).toEqual(job('build').steps!.slice(0, 3));
    const lines = steps.flatMap((s) => noticeLines(s.run));
    expect(lines).toEqual([
      'npx notice validate --format github notices',
      `npx notice build notices --format ${OUTPUT_FORMAT_IDS.join(',')} --out public`,
    ]);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))).toMatchObject({
      if: 'always()',
      with: { path: 'public/' },
    });
  });
});

const GITLAB_KEYWORDS = new Set([
  'default',
  'include',
  'stages',
  'variables',
  'workflow',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
]);

interface GitlabJob {
  script?: string[];
  parallel?: number;
  artifacts?: { when?: string; paths?: string[]; reports?: { junit?: string } };
}

describe('examples/ci/.gitlab-ci.yml', () => {
  const pipeline = recipe('.gitlab-ci.yml') as Record<string, unknown> & {
    default: { image: string; before_script: string[] };
  };
  const jobs = Object.entries(pipeline).filter(([key]) => !GITLAB_KEYWORDS.has(key) && !key.startsWith('.')) as [
    string,
    GitlabJob,
  ][];
  const job = (id: string): GitlabJob => jobs.find(([key]) => key === id)![1];

  it('is a pipeline: Node 22 on Debian, npm ci first, jobs with scripts, reports and outputs kept also after findings', () => {
    expect(pipeline.default.image).toBe('node:22-bookworm');
    expect(pipeline.default.before_script.some((line) => /^npm ci\b/.test(line))).toBe(true);
    expect(jobs.map(([id]) => id)).toEqual(['notices:validate', 'notices:build']);
    for (const [id, j] of jobs) {
      expect(j.script?.length, id).toBeGreaterThan(0);
      expect(j.artifacts?.when, id).toBe('always');
    }
    const validate = job('notices:validate');
    expect(noticeLines(validate.script)).toEqual([
      `npx notice validate --format junit --output-file ${validate.artifacts?.reports?.junit}`,
    ]);
    const build = job('notices:build');
    expect(build.artifacts?.paths).toEqual([`${config.out}/`]);
  });

  it('installs a browser notice looks for', () => {
    const install = job('notices:build').script!.find((line) => line.includes('apt-get install'))!;
    const packages = install
      .split('&&')
      .pop()!
      .split(/\s+/)
      .filter((word) => /^[a-z][a-z0-9.+-]+$/.test(word) && !['apt-get', 'install'].includes(word));
    expect(
      packages.some((name) => candidatePaths('linux', {}).includes(`/usr/bin/${name}`)),
      packages.join(' '),
    ).toBe(true);
  });

  it('validate writes the JUnit report GitLab reads: exit 1 with errors, 0 without', async () => {
    const validate = job('notices:validate');
    const report = validate.artifacts!.reports!.junit!;
    const seeds = project(SEEDS);
    for (const line of noticeLines(validate.script)) expect((await sh(line, seeds)).status).toBe(1);
    const xml = readFileSync(join(seeds, report), 'utf8');
    expect(xml).toMatch(/^<\?xml /);
    expect(xml).toContain('<testsuite name="notices/local-loop-2018.yaml"');
    expect(xml).toContain('type="RETENTION_MISSING"');

    const clean = project(['complete']);
    for (const line of noticeLines(validate.script)) expect((await sh(line, clean)).status).toBe(0);
    expect(readFileSync(join(clean, report), 'utf8')).not.toContain('<failure');
  });

  it(
    "build: the parallel jobs' parts are disjoint and together the whole build; without parallel, one job builds all",
    { timeout: HEAVY },
    async () => {
      const build = job('notices:build');
      expect(build.parallel).toBe(4);
      const lines = noticeLines(build.script);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/--shard \$\{CI_NODE_INDEX\S*\}\/\$\{CI_NODE_TOTAL\S*\}/);
      const expected = await expectedOutputs();
      const parts: string[][] = [];
      for (let index = 1; index <= build.parallel!; index++) {
        const dir = project(SEEDS);
        expect(
          (await sh(lines[0]!, dir, { CI_NODE_INDEX: String(index), CI_NODE_TOTAL: String(build.parallel) })).status,
        ).toBeLessThanOrEqual(1);
        parts.push(filesUnder(join(dir, config.out)));
      }
      const all = parts.flat().sort();
      expect(new Set(all).size).toBe(all.length);
      expect(all).toEqual(expected);

      // GitLab sets CI_NODE_INDEX and CI_NODE_TOTAL only with parallel.
      const single = project(SEEDS);
      expect((await sh(lines[0]!, single, { CI_NODE_INDEX: '', CI_NODE_TOTAL: '' })).status).toBe(1);
      expect(filesUnder(join(single, config.out))).toEqual(expected);
    },
  );
});

interface Hook {
  id: string;
  name?: string;
  entry: string;
  language: string;
  files?: string;
  exclude?: string;
  types?: string[];
  pass_filenames?: boolean;
  always_run?: boolean;
}

/** Whether pre-commit passes a staged file to the hook: `files` and `exclude` are searched (re.search), `types` from the extension. */
function selects(hook: Hook, path: string): boolean {
  if (hook.files !== undefined && !new RegExp(hook.files).test(path)) return false;
  if (hook.exclude !== undefined && new RegExp(hook.exclude).test(path)) return false;
  for (const type of hook.types ?? []) {
    if (type !== 'yaml') throw new Error(`the test knows no pre-commit type ${type}`);
    if (!/\.ya?ml$/.test(path)) return false;
  }
  return true;
}

const NOTICE_FILES = ['notices/customers.yaml', 'notices/fi/newsletter.yml', 'notices/2024/employees.yaml'];
const OTHER_FILES = [
  'notice.config.yaml',
  'notice.config.yml',
  'notices/notice.config.yaml',
  '.pre-commit-config.yaml',
  '.github/workflows/notices.yml',
  '.gitlab-ci.yml',
  'public/customers.fi.md',
  'notices/README.md',
  'package.json',
  'other/notices/x.yaml',
];

describe('pre-commit hooks', () => {
  const manifest = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const hook = (id: string): Hook => manifest.find((h) => h.id === id)!;
  const userConfigText = readFileSync(join(RECIPES, '.pre-commit-config.yaml'), 'utf8');
  const userConfig = parse(userConfigText) as { repos: { repo: string; hooks: Hook[] }[] };

  it('.pre-commit-hooks.yaml: notice-validate gets the changed notice files only, never the configuration file', () => {
    expect(manifest.map((h) => h.id)).toEqual(['notice-validate', 'notice-build-check']);
    const validate = hook('notice-validate');
    expect(validate).toMatchObject({ language: 'node', entry: 'notice validate' });
    expect(validate.pass_filenames).not.toBe(false);
    for (const file of NOTICE_FILES) expect(selects(validate, file), file).toBe(true);
    for (const file of OTHER_FILES) expect(selects(validate, file), file).toBe(false);
    // The same folder the recipes' configuration names.
    expect(selects(validate, `${config.inputs[0]}/x.yaml`)).toBe(true);
  });

  it('.pre-commit-hooks.yaml: notice-build-check checks the whole project on every commit', () => {
    expect(hook('notice-build-check')).toMatchObject({
      language: 'node',
      entry: 'notice build --check',
      pass_filenames: false,
      always_run: true,
    });
  });

  it(
    "the hooks' entries run as pre-commit runs them: the staged files after the entry",
    { timeout: HEAVY },
    async () => {
      const dir = project(SEEDS);
      const entry = (id: string) => hook(id).entry.replace(/^notice /, 'npx notice ');
      expect((await sh(`${entry('notice-validate')} notices/complete.yaml`, dir)).status).toBe(0);
      const two = await sh(`${entry('notice-validate')} notices/complete.yaml notices/local-loop-2018.yaml`, dir);
      expect(two.status).toBe(1);
      expect(two.stdout).toContain('notices/local-loop-2018.yaml');
      expect(two.stdout).not.toContain('lamisnet');

      const clean = project(['complete']);
      expect((await sh(entry('notice-build-check'), clean)).status).toBe(1);
      await sh('npx notice build', clean);
      expect((await sh(entry('notice-build-check'), clean)).status).toBe(0);
    },
  );

  it('examples/ci/.pre-commit-config.yaml: a local hook that works today, the same as the published one', async () => {
    const local = userConfig.repos.find((r) => r.repo === 'local')!;
    expect(local.hooks.map((h) => h.id)).toEqual(['notice-validate']);
    const [validate] = local.hooks;
    expect(validate).toMatchObject({ language: 'system', entry: 'npx --no notice validate' });
    for (const key of ['files', 'exclude', 'types'] as const)
      expect(validate![key]).toEqual(hook('notice-validate')[key]);
    const dir = project(['complete', 'local-loop-2018']);
    expect((await sh(`${validate!.entry} notices/complete.yaml`, dir)).status).toBe(0);
    expect((await sh(`${validate!.entry} notices/local-loop-2018.yaml`, dir)).status).toBe(1);
  });

  it('examples/ci/.pre-commit-config.yaml: the commented-out hooks are those of .pre-commit-hooks.yaml, the address a placeholder', () => {
    // The remote repository stays commented out until notice has a public address.
    expect(userConfig.repos.map((r) => r.repo)).toEqual(['local']);
    const commented = userConfigText
      .split('\n')
      .filter((line) => /^\s*#/.test(line))
      .map((line) => line.replace(/^(\s*)#\s?/, '$1'))
      .join('\n');
    expect(commented).toContain('- repo: https://example.invalid/notice');
    const ids = [...commented.matchAll(/- id: ([\w-]+)/g)].map((m) => m[1]);
    expect([...new Set(ids)].sort()).toEqual(manifest.map((h) => h.id).sort());
    // The commented local build check is the published one run through npx.
    expect(commented).toContain(`entry: npx --no ${hook('notice-build-check').entry}`);
  });
});

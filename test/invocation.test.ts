import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseCommand,
  COMMAND,
  findOnPath,
  PACKAGE,
  readInvocation,
  type InvocationFacts,
} from '../src/cli/invocation.js';
import { ROOT, runMain, tempDir } from './helpers.js';

// The environments are those npm 11 sets (checked with a probe bin): npx and
// `npm exec` set npm_command=exec and npm_lifecycle_script to the bin's name in
// single quotes; `npm run` sets npm_command=run and the script's own text.
const NPX = { npm_command: 'exec', npm_lifecycle_event: 'npx', npm_lifecycle_script: "'notice'" };
const NPX_SELOSTE = { ...NPX, npm_lifecycle_script: "'seloste'" };
const NPM_RUN = { npm_command: 'run', npm_lifecycle_event: 'notices', npm_lifecycle_script: 'notice init' };
const NPX_VITEST = { ...NPX, npm_lifecycle_script: "'vitest'" };

const GLOBAL = '/usr/lib/node_modules/seloste/bin/notice.js';
const LOCAL = '/home/u/site/node_modules/seloste/bin/notice.js';
const NPX_CACHE = '/home/u/.npm/_npx/1415fee72ff6294b/node_modules/seloste/bin/notice.js';
const CLONE = '/home/u/src/notice/bin/notice.js';

function facts(bin: string, more: Partial<InvocationFacts> = {}): InvocationFacts {
  return { bin, onPath: undefined, cwd: '/home/u/site', env: {}, ...more };
}

describe('chooseCommand: the command as the user types it', () => {
  it('is `notice` when the running bin is the one on PATH: a global install, or npm link of a clone', async () => {
    expect(chooseCommand(facts(GLOBAL, { onPath: GLOBAL }))).toBe('notice');
    expect(chooseCommand(facts(CLONE, { onPath: CLONE }))).toBe('notice');
    expect(chooseCommand(facts(GLOBAL, { onPath: GLOBAL, env: NPM_RUN }))).toBe('notice');
  });

  it('is `npx notice` from a project’s node_modules, also when an npm script runs it', async () => {
    expect(chooseCommand(facts(LOCAL))).toBe('npx notice');
    expect(chooseCommand(facts(LOCAL, { env: NPM_RUN }))).toBe('npx notice');
    // Another notice on PATH (a global one) is not the running one.
    expect(chooseCommand(facts(LOCAL, { onPath: GLOBAL }))).toBe('npx notice');
  });

  it('is `npx notice` under npx or npm exec, whichever bin runs and whichever name was typed', async () => {
    for (const bin of [LOCAL, GLOBAL, CLONE]) {
      expect(chooseCommand(facts(bin, { env: NPX }))).toBe('npx notice');
      expect(chooseCommand(facts(bin, { env: NPX_SELOSTE }))).toBe('npx notice');
    }
    expect(chooseCommand(facts(LOCAL, { env: { ...NPX, npm_lifecycle_script: 'notice init x.yaml' } }))).toBe(
      'npx notice',
    );
  });

  it('is `npx seloste` from npx’s cache, where `npx notice` would fetch the unrelated package notice', async () => {
    expect(chooseCommand(facts(NPX_CACHE, { env: NPX_SELOSTE }))).toBe('npx seloste');
    expect(chooseCommand(facts(NPX_CACHE, { env: NPX }))).toBe('npx seloste');
  });

  it('is `node <path>/bin/notice.js` in a clone that is not linked, relative to the working folder', async () => {
    expect(chooseCommand(facts(CLONE, { cwd: '/home/u/src/notice' }))).toBe('node bin/notice.js');
    expect(chooseCommand(facts(CLONE, { cwd: '/home/u/site' }))).toBe('node ../src/notice/bin/notice.js');
    expect(chooseCommand(facts(CLONE, { cwd: '/home/u/src/notice/examples', env: NPM_RUN }))).toBe(
      'node ../bin/notice.js',
    );
    expect(chooseCommand(facts('/home/u/my notes/bin/notice.js', { cwd: '/home/u' }))).toBe(
      "node 'my notes/bin/notice.js'",
    );
    // A notice started by a tool that npx runs (`npx vitest`) inherits npm_command=exec only.
    expect(chooseCommand(facts(CLONE, { cwd: '/home/u/src/notice', env: NPX_VITEST }))).toBe('node bin/notice.js');
    expect(chooseCommand(facts(CLONE, { cwd: '/home/u/src/notice', onPath: GLOBAL }))).toBe('node bin/notice.js');
  });

  it('names the command and the package as package.json does', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      name: string;
      bin: Record<string, string>;
    };
    expect(manifest.name).toBe(PACKAGE);
    expect(manifest.bin).toEqual({ [COMMAND]: 'bin/notice.js', [PACKAGE]: 'bin/notice.js' });
  });
});

describe('readInvocation and findOnPath', () => {
  it('finds the first notice on PATH as a shell does, skipping the node_modules/.bin folders npm puts first', async () => {
    const dir = realpathSync(tempDir());
    for (const folder of ['a', 'b', 'p/node_modules/.bin', 'lib']) mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, 'lib/notice.js'), '');
    writeFileSync(join(dir, 'p/node_modules/.bin/notice'), '');
    symlinkSync(join(dir, 'lib/notice.js'), join(dir, 'b/notice'));
    const path = [join(dir, 'p/node_modules/.bin'), join(dir, 'a'), join(dir, 'b')].join(':');
    expect(findOnPath('notice', { PATH: path })).toBe(join(dir, 'lib/notice.js'));
    expect(findOnPath('notice', { PATH: join(dir, 'a') })).toBeUndefined();
    expect(findOnPath('notice', {})).toBeUndefined();
  });

  it('reads this checkout as a clone', async () => {
    const read = readInvocation({ PATH: '' }, ROOT);
    expect(read.bin).toBe(realpathSync(join(ROOT, 'bin/notice.js')));
    expect(chooseCommand(read)).toBe('node bin/notice.js');
  });

  it('without notices to work on, the hint shows validate and build as typed here', async () => {
    const dir = tempDir();
    const env = { PATH: '', npm_command: undefined, npm_lifecycle_script: undefined };
    const bin = chooseCommand(readInvocation({}, realpathSync(dir)));
    for (const command of ['validate', 'build']) {
      const run = await runMain([command], { cwd: dir, env });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`hint: For example: ${bin} ${command} notices/`);
    }
  });

  it('init and templates copy tell a clone’s user to run node <path>/bin/notice.js', async () => {
    const dir = tempDir();
    const env = { PATH: '', npm_command: undefined, npm_lifecycle_script: undefined };
    const init = await runMain(['init', 'n.yaml', '--yes'], { cwd: dir, env });
    expect(init.status).toBe(0);
    const bin = chooseCommand(readInvocation({}, realpathSync(dir)));
    expect(bin).toMatch(/^node .*bin\/notice\.js$/);
    expect(init.stdout).toContain(`\n  ${bin} validate n.yaml\n  ${bin} build n.yaml\n`);
    const copy = await runMain(['templates', 'copy', 't'], { cwd: dir, env });
    expect(copy.stdout).toContain(`Use them with: ${bin} build --templates t ...`);
  });
});

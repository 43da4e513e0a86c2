import { realpathSync, statSync } from 'node:fs';
import { delimiter, join, relative, sep } from 'node:path';
import { packagePath } from '../paths.js';

/** The command's name, and the npm package that installs it (whose name `npx` also accepts). */
export const COMMAND = 'notice';
export const PACKAGE = 'seloste';

/** What decides how a user types the command; read by `readInvocation`. */
export interface InvocationFacts {
  /** Real path of the running package's bin/notice.js. */
  bin: string;
  /** Real path of the first `notice` on the user's PATH (npm's own node_modules/.bin folders left out), if any. */
  onPath: string | undefined;
  /** The working folder. */
  cwd: string;
  /** npm sets npm_command (`exec` for npx and npm exec) and npm_lifecycle_script (the bin's name, quoted, under npx). */
  env: Record<string, string | undefined>;
}

/**
 * How the user types the command in the setting it runs in, for messages that
 * say what to run next: `notice` when the running bin is the one the shell
 * finds (a global install, npm link); `npx notice` under npx or npm exec, and
 * from a project's node_modules; `npx seloste` from npx's own cache (not
 * installed: `npx notice` would fetch the unrelated package of that name);
 * else, in a clone that is not linked, `node <path>/bin/notice.js`.
 */
export function chooseCommand(facts: InvocationFacts): string {
  const { env } = facts;
  // npx and npm exec both set npm_command=exec and put the bin's name, single-quoted, in
  // npm_lifecycle_script; a notice that an `npx vitest` or `npx tsx` spawns inherits the
  // first but not the second.
  if (env['npm_command'] === 'exec' && /^'?(?:notice|seloste)'?(?:\s|$)/.test(env['npm_lifecycle_script'] ?? ''))
    return /[\\/]_npx[\\/]/.test(facts.bin) ? `npx ${PACKAGE}` : `npx ${COMMAND}`;
  if (facts.onPath === facts.bin) return COMMAND;
  if (facts.bin.split(/[\\/]/).includes('node_modules')) return `npx ${COMMAND}`;
  return `node ${shellWord(relative(facts.cwd, facts.bin).split(sep).join('/'))}`;
}

/** The facts of this process. */
export function readInvocation(env: Record<string, string | undefined>, cwd = process.cwd()): InvocationFacts {
  return { bin: realpathOf(packagePath('bin/notice.js')), onPath: findOnPath(COMMAND, env), cwd, env };
}

/** `chooseCommand` for this process. */
export function commandToType(env: Record<string, string | undefined>): string {
  return chooseCommand(readInvocation(env));
}

/**
 * Real path of the first executable `name` on PATH, as a shell finds it. npm
 * puts node_modules/.bin folders first on the PATH of scripts and npx; a user's
 * shell does not have them, so they are skipped. On Windows the shims npm
 * writes (notice.cmd) are not links to the bin, so nothing is found there.
 */
export function findOnPath(name: string, env: Record<string, string | undefined>): string | undefined {
  if (process.platform === 'win32') return undefined;
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir || /(?:^|[\\/])node_modules[\\/]\.bin[\\/]?$/.test(dir)) continue;
    const file = join(dir, name);
    try {
      if (statSync(file).isFile()) return realpathOf(file);
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

function realpathOf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** A path as one word of a POSIX shell command. */
function shellWord(text: string): string {
  return /^[\w./@%+=:,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

// What dist/ is made from, as one hash. scripts/build.mjs records it in dist/.build-inputs when a build
// succeeds; the test suite's global setup (test/global-setup.ts) builds again only when it has changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The sources of dist/: the code, the schemas, the build itself and the locked dependencies. */
const INPUTS = [
  'src',
  'schemas',
  'scripts/build.mjs',
  'scripts/build-inputs.mjs',
  'bin/bundle.js',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/** Where a build records the hash of its inputs (inside dist/, which every build removes first). */
export const BUILD_INPUTS_FILE = 'dist/.build-inputs';

function files(path) {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : [path];
}

/** The hash of dist/'s inputs under `root`, and of the Node that runs (the V8 code cache fits only it). */
export function buildInputsHash(root) {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const file of INPUTS.flatMap((input) => files(join(root, input))).sort()) {
    hash
      .update(`${relative(root, file)}\n`)
      .update(readFileSync(file))
      .update('\n');
  }
  return hash.digest('hex');
}

#!/usr/bin/env node
// The `notice` command: runs the built bundle with the given arguments and sets the exit code.
import { existsSync } from 'node:fs';
import { cacheBeside, compileBundle } from './bundle.js';

const bundle = new URL('../dist/notice.cjs', import.meta.url).pathname;
if (!existsSync(bundle)) {
  process.stderr.write('notice: the program is not built. Run `npm run build` in the notice folder.\n');
  process.exit(2);
}
// A reader that stops early (`notice validate x | head`) is not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else throw error;
  });
const { main } = compileBundle(bundle, cacheBeside);
// stdin is a getter: only `notice init` on a terminal touches it.
process.exitCode = await main(process.argv.slice(2), {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

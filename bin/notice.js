#!/usr/bin/env node
// The `notice` command: hands the arguments to the CLI and sets the exit code.
const cli = await import('../dist/cli.js').catch((error) => { if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error; });
if (!cli) {
  process.stderr.write('notice: the program is not built. Run `npm run build` in the notice folder.\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });

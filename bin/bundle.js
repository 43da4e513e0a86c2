// Runs the bundled command (dist/notice.cjs) as a CommonJS module, with V8's
// code cache when there is one that fits this Node (see scripts/build.mjs).
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export function compileBundle(file, cachedData) {
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { main: module.exports.main, script };
}

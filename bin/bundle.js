// Runs the bundled command (dist/notice.cjs) as a CommonJS module, with V8's
// code cache when there is one that fits this Node (see scripts/build.mjs).
// The bundle's second part, dist/notice-build.cjs (build, init, doctor), is
// loaded the same way, with its own cache, when the command first needs it.
import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Compiles and runs one bundle file; `cache` gives a file's code cache, if any. */
export function compileBundle(file, cache = () => undefined, loaded = new Map()) {
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: cache(file) });
  const module = { exports: {} };
  const base = createRequire(file);
  const require = Object.assign((id) => {
    if (!id.startsWith('./notice-')) return base(id);
    const sibling = join(dirname(file), id);
    if (!loaded.has(sibling)) loaded.set(sibling, compileBundle(sibling, cache, loaded));
    return loaded.get(sibling).exports;
  }, base);
  script.runInThisContext()(module.exports, require, module, file, dirname(file));
  loaded.set(file, { exports: module.exports, script });
  return { exports: module.exports, main: module.exports.main, script, loaded };
}

/** The code cache stored beside a bundle (notice.cjs → notice.cache), if there is one. */
export function cacheBeside(file) {
  const cache = file.replace(/\.cjs$/, '.cache');
  return existsSync(cache) ? readFileSync(cache) : undefined;
}

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_INPUTS_FILE, buildInputsHash } from '../scripts/build-inputs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds dist/ (test/e2e/ runs it) unless it was built from the sources as they are now: scripts/build.mjs
 * records the hash of its inputs when it finishes, so a build by `npm ci` or `npm run build` serves the tests
 * until a source, the lock file or Node changes.
 */
export default function buildOnce(): void {
  const recorded = join(ROOT, BUILD_INPUTS_FILE);
  if (existsSync(recorded) && readFileSync(recorded, 'utf8').trim() === buildInputsHash(ROOT)) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
}

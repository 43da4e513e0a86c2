import { fileURLToPath } from 'node:url';

// This file sits in src/ (tests) or dist/ (installed); both are one level below
// the package root, which is the only layout fact the rest of the code relies on.
const packageRoot = new URL('../', import.meta.url);

/** Absolute path of a file shipped with the package, given relative to the package root. */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(relative, packageRoot));
}

export const SCHEMA_FILE = packagePath('schemas/notice.schema.json');

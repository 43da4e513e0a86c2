import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// This file sits in src/ (tests) or dist/ (installed, also inside the bundle
// dist/notice.cjs); all are one level below the package root, which is the only
// layout fact the rest of the code relies on.
const packageRoot = new URL('../', import.meta.url);

/** Absolute path of a file shipped with the package, given relative to the package root. */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(relative, packageRoot));
}

export const SCHEMA_FILE = packagePath('schemas/notice.schema.json');

/** The first comment line of a notice written to `file` (`init`, `import`): editors find the schema through it. */
export function schemaModeline(file: string): string {
  return ` yaml-language-server: $schema=${relative(dirname(file), SCHEMA_FILE).split(sep).join('/')}`;
}

/** The schema validator compiled ahead of time by scripts/build.mjs. */
export const SCHEMA_VALIDATOR_FILE = packagePath('dist/generated/schema-validator.cjs');

export const CONFIG_SCHEMA_FILE = packagePath('schemas/notice-config.schema.json');

/** The configuration schema's validator, compiled ahead of time like the notice schema's. */
export const CONFIG_VALIDATOR_FILE = packagePath('dist/generated/config-validator.cjs');

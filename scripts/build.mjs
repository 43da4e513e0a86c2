// Builds dist/: the TypeScript, and the schema validator compiled ahead of
// time so `notice validate` does not load ajv or compile the schema on every run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

rmSync(`${root}/dist`, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });

const { Ajv2020 } = require('ajv/dist/2020');
const standaloneCode = require('ajv/dist/standalone').default;
// Same options as src/validate/schema.ts (AJV_OPTIONS), plus ESM output.
const { AJV_OPTIONS } = await import(`${root}/dist/validate/schema.js`);
const schema = JSON.parse(readFileSync(`${root}/schemas/notice.schema.json`, 'utf8'));
const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true } });
const code = standaloneCode(ajv, ajv.compile(schema));
// ajv's ESM output still require()s its small runtime helpers.
const preamble = 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n';
mkdirSync(`${root}/dist/generated`, { recursive: true });
writeFileSync(`${root}/dist/generated/schema-validator.js`, preamble + code);

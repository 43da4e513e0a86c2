import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { SCHEMA_FILE, SCHEMA_VALIDATOR_FILE } from '../paths.js';
import type { JsonSchema } from './schema-walk.js';

/** A compiled validator, as ajv makes it (ahead of time in dist/, at run time in tests). */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let schema: JsonSchema | undefined;
let validator: SchemaValidator | undefined;
// Both the precompiled validator and ajv are CommonJS; require() also works
// inside the code-cached bundle, where import() of a file does not.
const require = createRequire(import.meta.url);

/** The notice JSON Schema, read once. */
export function noticeSchema(): JsonSchema {
  schema ??= JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as JsonSchema;
  return schema;
}

/**
 * The schema validator. The build compiles it ahead of time into
 * dist/generated/schema-validator.cjs, so a `notice validate` run does not load
 * ajv or compile anything; only when that file is absent (a checkout that was
 * never built) is the same schema compiled here with the same options.
 */
export function schemaValidator(): SchemaValidator {
  validator ??= existsSync(SCHEMA_VALIDATOR_FILE) ? (require(SCHEMA_VALIDATOR_FILE) as SchemaValidator) : compileNow();
  return validator;
}

/** Supplies the precompiled validator directly; the bundled command does this so the validator is part of its code cache. */
export function usePrecompiledValidator(precompiled: SchemaValidator): void {
  validator = precompiled;
}

/** ajv options shared by the build and the run-time fallback, so both validate alike. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, inlineRefs: false } as const;

function compileNow(): SchemaValidator {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  return new Ajv2020(AJV_OPTIONS).compile(noticeSchema());
}

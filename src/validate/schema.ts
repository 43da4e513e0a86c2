import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { SCHEMA_FILE } from '../paths.js';
import type { JsonSchema } from './schema-walk.js';

/** A compiled validator, as ajv makes it (ahead of time in dist/, at run time in tests). */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let schema: JsonSchema | undefined;
let validator: Promise<SchemaValidator> | undefined;

/** The notice JSON Schema, read once. */
export function noticeSchema(): JsonSchema {
  schema ??= JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as JsonSchema;
  return schema;
}

/**
 * The schema validator. The build compiles it ahead of time into
 * dist/generated/schema-validator.js, so a `notice validate` run does not load
 * ajv or compile anything; when that file is absent (tests run from src/),
 * the same schema is compiled here with the same options.
 */
export function schemaValidator(): Promise<SchemaValidator> {
  validator ??= loadPrecompiled().then((compiled) => compiled ?? compileNow());
  return validator;
}

/** ajv options shared by the build and the run-time fallback, so both validate alike. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, inlineRefs: false } as const;

async function loadPrecompiled(): Promise<SchemaValidator | undefined> {
  const url = new URL('../generated/schema-validator.js', import.meta.url).href;
  try {
    return ((await import(url)) as { default: SchemaValidator }).default;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

async function compileNow(): Promise<SchemaValidator> {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  return new Ajv2020(AJV_OPTIONS).compile(noticeSchema());
}

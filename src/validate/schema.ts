import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { CONFIG_SCHEMA_FILE, CONFIG_VALIDATOR_FILE, SCHEMA_FILE, SCHEMA_VALIDATOR_FILE } from '../paths.js';
import type { JsonSchema } from './schema-walk.js';

/** A compiled validator, as ajv makes it (ahead of time in dist/, at run time in tests). */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

// Both the precompiled validators and ajv are CommonJS; require() also works
// inside the code-cached bundle, where import() of a file does not.
const require = createRequire(import.meta.url);

/** ajv options shared by the build and the run-time fallback, so both validate alike. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, inlineRefs: false } as const;

const CONCATENATED_ERRORS = /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g;

/**
 * A validator's code as ajv writes it, but gathering the errors of a referenced
 * schema onto the one list instead of into a new copy of the list each time:
 * ajv's `vErrors.concat(...)` copies every error found so far at every call, so
 * that a list of 12 500 wrong items took seconds (quadratic). ajv itself already
 * pushes onto a list it took from a call, so this changes nothing else.
 */
export function withLinearErrors(code: string): string {
  return code.replace(
    CONCATENATED_ERRORS,
    'if (vErrors === null) vErrors = $1.errors; else for (const error of $1.errors) vErrors.push(error);',
  );
}

/**
 * A JSON Schema and its validator. The build compiles the validator ahead of
 * time into dist/generated/, so a `notice validate` run does not load ajv or
 * compile anything; only when that file is absent (a checkout that was never
 * built) is the same schema compiled here with the same options.
 */
class SchemaSource {
  private schema: JsonSchema | undefined;
  private validator: SchemaValidator | undefined;

  constructor(
    private readonly schemaFile: string,
    private readonly validatorFile: string,
  ) {}

  read(): JsonSchema {
    this.schema ??= JSON.parse(readFileSync(this.schemaFile, 'utf8')) as JsonSchema;
    return this.schema;
  }

  compiled(): SchemaValidator {
    this.validator ??=
      this.precompiled?.() ??
      (existsSync(this.validatorFile) ? (require(this.validatorFile) as SchemaValidator) : this.compileNow());
    return this.validator;
  }

  /** Where the validator is read from when first needed, before the file in dist/generated/. */
  precompiled: (() => SchemaValidator) | undefined;

  private compileNow(): SchemaValidator {
    return compileSchema(this.read());
  }
}

/** Compiles a schema at run time into the code the build writes to dist/generated/, and runs it. */
export function compileSchema(schema: JsonSchema): SchemaValidator {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const standalone = (require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js')).default;
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true } });
  const code = withLinearErrors(standalone(ajv, ajv.compile(schema)));
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports as SchemaValidator;
}

const notice = new SchemaSource(SCHEMA_FILE, SCHEMA_VALIDATOR_FILE);
const config = new SchemaSource(CONFIG_SCHEMA_FILE, CONFIG_VALIDATOR_FILE);

/** The notice JSON Schema, read once. */
export function noticeSchema(): JsonSchema {
  return notice.read();
}

/** The notice schema's validator. */
export function schemaValidator(): SchemaValidator {
  return notice.compiled();
}

/** The schema of notice.config.yaml, read once. */
export function configSchema(): JsonSchema {
  return config.read();
}

/** The configuration schema's validator. */
export function configValidator(): SchemaValidator {
  return config.compiled();
}

/**
 * Supplies the precompiled validators, read when first needed: the bundled command requires them from a bundle
 * of their own, which has a code cache, so that a command that validates nothing does not load them.
 */
export function usePrecompiledValidators(load: () => { notice: SchemaValidator; config: SchemaValidator }): void {
  notice.precompiled = () => load().notice;
  config.precompiled = () => load().config;
}

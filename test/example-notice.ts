import { parse, stringify } from 'yaml';
import { EXAMPLE_NOTICE, exampleFragment } from '../src/validate/rules/example-notice.js';

/**
 * A rule's example (`fails` or `passes`) as a whole notice: the YAML fragment merged into EXAMPLE_NOTICE. Mappings are
 * merged key by key, a list or any other value replaces the one in the notice, and `null` removes
 * the key. A first line `# notice validate --profile gdpr` asks for that profile (a migration report).
 */
export function exampleNotice(written: string): { text: string; profile?: 'gdpr' | 'hetil' } {
  const fragment = exampleFragment(written);
  const merged = merge(parse(EXAMPLE_NOTICE), parse(fragment) ?? {});
  const profile = /^# notice validate --profile (gdpr|hetil)$/m.exec(fragment)?.[1] as 'gdpr' | 'hetil' | undefined;
  return { text: stringify(merged), ...(profile ? { profile } : {}) };
}

function merge(base: unknown, over: unknown): unknown {
  if (!isMapping(base) || !isMapping(over)) return over;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === null) delete result[key];
    else result[key] = merge(result[key], value);
  }
  return result;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

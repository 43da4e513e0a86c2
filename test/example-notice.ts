import { isMap, isScalar, parseDocument, type Node, type YAMLMap } from 'yaml';
import { EXAMPLE_NOTICE, exampleFragment } from '../src/validate/rules/example-notice.js';

/**
 * A rule's example (`fails` or `passes`) as a whole notice: the YAML fragment merged into EXAMPLE_NOTICE. Mappings are
 * merged key by key, a list or any other value replaces the one in the notice, and `null` removes
 * the key. A first line `# notice validate --profile gdpr` asks for that profile (a migration report).
 * The merge is made on YAML nodes, so that a fragment's comments (translation marks) are kept.
 */
export function exampleNotice(written: string): { text: string; profile?: 'gdpr' | 'hetil' } {
  const fragment = exampleFragment(written);
  const base = parseDocument(EXAMPLE_NOTICE);
  const over = parseDocument(fragment);
  if (isMap(over.contents)) merge(base.contents as YAMLMap, over.contents);
  const profile = /^# notice validate --profile (gdpr|hetil)$/m.exec(fragment)?.[1] as 'gdpr' | 'hetil' | undefined;
  return { text: base.toString(), ...(profile ? { profile } : {}) };
}

function merge(base: YAMLMap, over: YAMLMap): void {
  for (const pair of over.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    const value = pair.value as Node | null;
    if (value === null || (isScalar(value) && value.value === null)) base.delete(key);
    else {
      const below = base.get(key, true);
      if (isMap(below) && isMap(value)) merge(below, value);
      else base.set(key, value);
    }
  }
}

import type { Severity } from '../diagnostics.js';
import { PROFILES } from '../generated/notice-enums.js';
import type { Profile } from '../generated/notice-types.js';
import { RULES } from './rules/index.js';
import { exampleFragment } from './rules/example-notice.js';
import type { Rule } from './rules/types.js';
import { nearest } from './suggest.js';

/** One code of a rule as `notice explain` and docs/rules.md show it. */
export interface CodeExplanation {
  code: string;
  /** Severity per profile; `off` where the profile does not ask for it. */
  severity: Record<Profile, Severity | 'off'>;
  ground: string;
  /** A YAML fragment that reports the code, merged into EXAMPLE_NOTICE. */
  fails: string;
  /** The fragment put right. */
  passes: string;
}

/** A rule, with the codes asked about (all of them when the rule itself was named). */
export interface Explanation {
  rule: { id: string; name: string; reference: string; checks: string; why: string };
  codes: CodeExplanation[];
}

/** What `explain` found for a query: the explanation, or the nearest known name to suggest. */
export type ExplainResult = { found: true; explanation: Explanation } | { found: false; suggestion?: string };

/**
 * Looks up a diagnostic code (`RETENTION_MISSING`), a rule id (`L09`) or a rule name (`retention-stated`),
 * in any letter case, in the rule registry.
 */
export function explain(query: string, rules: readonly Rule[] = RULES): ExplainResult {
  const wanted = query.trim().toLowerCase();
  for (const rule of rules) {
    if (rule.id.toLowerCase() === wanted || rule.name === wanted) {
      return { found: true, explanation: explanationOf(rule, Object.keys(rule.codes)) };
    }
    const code = Object.keys(rule.codes).find((c) => c.toLowerCase() === wanted);
    if (code) return { found: true, explanation: explanationOf(rule, [code]) };
  }
  const names = rules.flatMap((rule) => [rule.id, rule.name, ...Object.keys(rule.codes)]);
  const suggestion = nearest(query.trim(), names);
  return suggestion ? { found: false, suggestion } : { found: false };
}

function explanationOf(rule: Rule, codes: readonly string[]): Explanation {
  const { id, name, reference, checks, why } = rule;
  return {
    rule: { id, name, reference, checks, why },
    codes: codes.map((code) => {
      const { ground, fails, passes, ...severities } = rule.codes[code]!;
      const severity = Object.fromEntries(PROFILES.map((p) => [p, severities[p]])) as Record<Profile, Severity | 'off'>;
      return { code, severity, ground, fails: exampleFragment(fails), passes: exampleFragment(passes) };
    }),
  };
}

/** The explanation as plain text for a terminal, about 100 columns wide. */
export function explanationText({ rule, codes }: Explanation): string {
  const lines = [
    `${rule.id} ${rule.name}`,
    ...wrap(`Checks: ${rule.checks}`),
    '',
    ...wrap(`Why: ${rule.why}`),
    '',
    `Reference: ${rule.reference}`,
  ];
  for (const code of codes) {
    const severity = PROFILES.map((p) => `${p} ${code.severity[p]}`).join(', ');
    lines.push('', code.code, `  severity: ${severity}`, `  ground:   ${code.ground}`);
    lines.push('  fails:', ...indent(code.fails), '  passes:', ...indent(code.passes));
  }
  lines.push('', 'The examples are fragments of a notice that is otherwise complete (docs/rules.md shows it).');
  return lines.join('\n') + '\n';
}

const indent = (yaml: string): string[] => yaml.split('\n').map((line) => `    ${line}`);

/** A paragraph as lines of at most `width` characters, broken between words. */
export function wrap(paragraph: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

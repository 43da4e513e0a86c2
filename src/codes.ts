import { CHANGE_KINDS, type ChangeClass } from './diff/registry.js';
import { DOCUMENTED_CODES } from './generated/diagnostic-codes.js';
import { wrap } from './validate/explain.js';

/**
 * A code that no legal rule reports, for `notice explain`: a diagnostic about
 * reading the file, its format, the outputs, the changes or the record of
 * processing (as the README's tables document it), or a kind of change that
 * `notice diff` finds (from its registry).
 */
export type CodeInfo =
  | { code: string; kind: 'diagnostic'; section: string; meaning: string }
  | { code: string; kind: 'change'; class: ChangeClass; title: string; reason: string; gdpr?: string };

export function codeInfo(query: string): CodeInfo | undefined {
  const wanted = query.trim().toUpperCase();
  const documented = DOCUMENTED_CODES.find((entry) => entry.code === wanted);
  if (documented) return { ...documented, kind: 'diagnostic' };
  const change = CHANGE_KINDS.find((entry) => entry.code === wanted);
  return change ? { ...change, kind: 'change' } : undefined;
}

/** Every code `codeInfo` knows, for suggestions. */
export function infoCodes(): string[] {
  return [...DOCUMENTED_CODES.map((entry) => entry.code), ...CHANGE_KINDS.map((entry) => entry.code)];
}

/** The code's explanation as plain text for a terminal: the README's Markdown links read as their words. */
export function codeInfoText(info: CodeInfo): string {
  const plain = (markdown: string) => markdown.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  const lines =
    info.kind === 'diagnostic'
      ? [`${info.code} (${info.section})`, '', ...wrap(plain(info.meaning))]
      : [
          `${info.code} (a kind of change notice diff finds: ${info.class})`,
          '',
          ...wrap(`${info.title}. ${info.reason}`),
          ...(info.gdpr ? ['', ...wrap(`GDPR: ${info.gdpr}`)] : []),
        ];
  return (
    [...lines, '', 'The README lists every code under "Diagnostic codes" and the changes under "notice diff".'].join(
      '\n',
    ) + '\n'
  );
}

import type { Language } from '../generated/notice-types.js';
import type { MarkResult, TranslationsReport } from '../translations/index.js';

const STATES = ['source', 'current', 'stale', 'unmarked', 'missing'] as const;

/**
 * `notice translations` as text: a table of counts per language, then each
 * stale or missing translation at file:line:column, so that an editor or a
 * CI log links to it.
 */
export function translationsText(report: TranslationsReport): string {
  const lines = [`${report.file} (languages ${report.languages.join(', ')}; source ${report.source})`];
  const widths = STATES.map((s) => Math.max(s.length, ...report.counts.map((c) => String(c[s]).length)));
  lines.push(`  language  ${STATES.map((s, i) => s.padStart(widths[i]!)).join('  ')}`);
  for (const count of report.counts) {
    lines.push(
      `  ${count.language.padEnd(8)}  ${STATES.map((s, i) => String(count[s]).padStart(widths[i]!)).join('  ')}`,
    );
  }
  for (const text of report.texts) {
    const languagesIn = (state: string) => report.languages.filter((l) => text.states[l] === state);
    const stale = languagesIn('stale');
    const missing = languagesIn('missing');
    const at = `${text.file}:${text.line}:${text.column} ${text.path}`;
    if (stale.length > 0) {
      const now = text.hash === undefined ? `no ${text.source} text now` : `${text.source} is now ${text.hash}`;
      lines.push(`  stale    ${at}: ${list(stale)} (marked from ${text.source}:${text.mark?.hash}; ${now})`);
    }
    if (missing.length > 0) lines.push(`  missing  ${at}: ${list(missing)}`);
  }
  return lines.join('\n') + '\n';
}

/** What `--mark` wrote, one line per file, and the texts it could not mark. */
export function markText(result: MarkResult): string {
  const lines = result.written.map(({ file, marks }) => `marked ${marks} ${marks === 1 ? 'text' : 'texts'} in ${file}`);
  for (const { file, path } of result.unmarkable) {
    lines.push(
      `not marked: ${file} ${path}: write the text as a block map (\`key:\` and one line per language) or a flow map that ends its line`,
    );
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function list(languages: Language[]): string {
  return languages.join(', ');
}

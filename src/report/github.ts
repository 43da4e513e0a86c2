import type { FileResult } from '../results.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: one annotation per problem, shown on the changed lines. */
export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const { diagnostics } of results) {
    for (const d of diagnostics) {
      const properties = `file=${property(d.file)},line=${d.line},col=${d.column},title=${property(`${d.code}${d.rule ? ` (${d.rule})` : ''}`)}`;
      const message = d.via ? `${d.message} (reached through ${d.via})` : d.message;
      const body = d.hint ? `${message}\n${d.hint}` : message;
      lines.push(`::${COMMAND[d.severity]} ${properties}::${data(body)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

// Escaping as the Actions toolkit does it (toolkit/packages/core/src/command.ts).
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

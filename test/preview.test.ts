import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findingsPanel, PAGE_CSP, RELOAD_SCRIPT, reloadElement, servedPage } from '../src/preview/pages.js';
import type { BuildResult } from '../src/results.js';

const PAGE =
  '<!DOCTYPE html>\n<html lang="fi">\n<head>\n<title>t</title>\n</head>\n<body>\n<main>\nx\n</main>\n</body>\n</html>\n';

function result(message: string, built = true): BuildResult {
  return {
    file: 'notices/<b>.yaml',
    text: '',
    built,
    outputs: [],
    written: [],
    diagnostics: [
      { code: 'SOME_CODE', severity: 'error', file: 'notices/<b>.yaml', line: 3, column: 5, path: '/x', message },
    ],
  };
}

describe('preview pages', () => {
  it('adds the reload script before </body> and nothing else to a page without findings', () => {
    const served = servedPage(PAGE, 7, '');
    expect(served).toBe(PAGE.replace('</body>', `${reloadElement(7)}</body>`));
    expect(served.match(/<script/g)).toHaveLength(1);
  });

  it('shows findings at the top of the body, escaped: text from the notice never becomes markup', () => {
    const panel = findingsPanel(result('Value <img src=x onerror=alert(1)> is "wrong"', false));
    const served = servedPage(PAGE, 1, panel);
    expect(served).toContain('<body>\n<aside data-notice-preview="findings"');
    expect(served).toContain('notices/&lt;b&gt;.yaml:3:5 error SOME_CODE');
    expect(served).toContain('Value &lt;img src=x onerror=alert(1)&gt; is &quot;wrong&quot;');
    expect(served).not.toContain('<img');
    expect(served).toContain('not built, format errors');
    expect(findingsPanel({ ...result('m'), diagnostics: [] })).toBe('');
  });

  it('allows by its hash the reload script alone', () => {
    const hash = createHash('sha256').update(RELOAD_SCRIPT).digest('base64');
    expect(PAGE_CSP).toContain(`script-src 'sha256-${hash}';`);
    expect(PAGE_CSP).toMatch(/^default-src 'none';/);
    expect(PAGE_CSP).not.toContain('unsafe-eval');
  });
});

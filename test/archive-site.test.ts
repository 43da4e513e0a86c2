import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NOTICE } from '../src/validate/rules/example-notice.js';
import { runMain, tempDir } from './helpers.js';

// The archive beside a privacy site, with PDFs: the site keeps the current version at its usual path
// (ORG/REGISTER/LANG.*), the archive each version under ORG/REGISTER/DATE_VERSION/, PDFs copied as printed.

const ENV = { SOURCE_DATE_EPOCH: '1767225600' };

function noticeAt(updated: string, version: string): string {
  return EXAMPLE_NOTICE.replace(
    'created: "2025-01-15"',
    `created: "2025-01-15"\n  updated: "${updated}"\n  version: "${version}"`,
  );
}

describe('build --site with --archive', () => {
  it('archives each version of a site notice with its PDF, under the organisation and register of the site', async () => {
    const dir = tempDir();
    const build = async (yaml: string) => {
      writeFileSync(join(dir, 'customers.yaml'), yaml);
      const args = ['build', 'customers.yaml', '--site', 'site', '--archive', 'site/versions', '--format', 'html,pdf'];
      return runMain(args, { cwd: dir, env: ENV });
    };
    expect((await build(noticeAt('2025-01-15', '1.0'))).status).toBe(0);
    const firstPdf = readFileSync(join(dir, 'site/9184372-3/customers/fi.pdf'));
    expect(readFileSync(join(dir, 'site/versions/9184372-3/customers/2025-01-15_1.0/fi.pdf'))).toEqual(firstPdf);
    expect((await build(noticeAt('2025-03-01', '1.1'))).status).toBe(0);
    // The first version's PDF is what was printed then; the site now shows the second.
    expect(readFileSync(join(dir, 'site/versions/9184372-3/customers/2025-01-15_1.0/fi.pdf'))).toEqual(firstPdf);
    const archivedPage = readFileSync(join(dir, 'site/versions/9184372-3/customers/2025-03-01_1.1/fi.html'), 'utf8');
    // A standalone page, not the site's: it does not depend on the site's stylesheet or its other pages.
    expect(archivedPage).not.toMatch(/<link [^>]*stylesheet/);
    const index = readFileSync(join(dir, 'site/versions/9184372-3/customers/index.html'), 'utf8');
    expect(index).toContain('href="2025-03-01_1.1/fi.pdf"');
    expect(index).toContain('15.1.2025 – 28.2.2025');
  }, 120_000);
});

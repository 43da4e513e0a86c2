import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';

// `notice import` as the built command, for its exit status as a shell sees it.

describe('notice import (the built command)', () => {
  it('exits as validate does on what it wrote, and 2 (file unchanged) when the file exists', () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'test/fixtures/seeds/003_4cea9b641dfc6ab2.txt'), join(dir, 'lamisnet.txt'));
    const imported = runCli(['import', 'lamisnet.txt'], { cwd: dir });
    const validated = runCli(['validate', 'lamisnet.yaml'], { cwd: dir });
    expect([0, 1]).toContain(imported.status);
    expect(imported.status).toBe(validated.status);
    const written = readFileSync(join(dir, 'lamisnet.yaml'), 'utf8');
    const again = runCli(['import', 'lamisnet.txt'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/^notice: lamisnet\.yaml already exists.*\nhint: .*--force/);
    expect(readFileSync(join(dir, 'lamisnet.yaml'), 'utf8')).toBe(written);
  });
});

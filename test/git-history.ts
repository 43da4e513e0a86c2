import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './helpers.js';

// Git repositories with a notice's history, for diff --since, log and the archive.

export interface GitRepository {
  dir: string;
  /** Runs git in the repository; its output. */
  git: (...args: string[]) => string;
  /** Commits the files named (all changes when none) on a fixed date. */
  commit: (subject: string, date: string, ...files: string[]) => void;
}

/** An empty repository on branch main, with an author and no configuration of the machine's. */
export function gitRepository(): GitRepository {
  const dir = tempDir();
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  const commit = (subject: string, date: string, ...files: string[]) => {
    git('add', ...(files.length > 0 ? files : ['-A']));
    execFileSync('git', ['commit', '-q', '-m', subject], {
      cwd: dir,
      env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  };
  return { dir, git, commit };
}

const FIXTURES = join(ROOT, 'test/fixtures/diff');

/** A repository with five versions of a notice, committed on fixed dates. */
export function repositoryWithHistory(): GitRepository & { file: string } {
  const { dir, git, commit } = gitRepository();
  const file = join(dir, 'notice.yaml');
  const base = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
  const versions: [string, string][] = [
    [base('WORDING_CHANGED/old.yaml'), 'First version'],
    [base('WORDING_CHANGED/new.yaml'), 'Reword the purpose'],
    [
      base('WORDING_CHANGED/new.yaml')
        .replace('version: "1"', 'version: "2"')
        .replace('2025-01-01', '2025-03-01')
        .replace('info@', 'privacy@'),
      'New contact address',
    ],
    [
      base('WORDING_CHANGED/new.yaml')
        .replace('version: "1"', 'version: "2"')
        .replace('2025-01-01', '2025-03-01')
        .replace('info@', 'privacy@')
        .replace('      mechanism: adequacy\n', '      mechanism: adequacy\n    - country: US\n      mechanism: scc\n'),
      'Newsletter service in the US',
    ],
    [
      base('WORDING_CHANGED/new.yaml')
        .replace('version: "1"', 'version: "3"')
        .replace('2025-01-01', '2025-05-01')
        .replace('  updated:', '  effective: "2026-09-01"\n  updated:')
        .replace('info@', 'privacy@')
        .replace('      mechanism: adequacy\n', '      mechanism: adequacy\n    - country: US\n      mechanism: scc\n'),
      'Date the transfer',
    ],
  ];
  versions.forEach(([text, subject], index) => {
    writeFileSync(file, text);
    commit(subject, `2025-0${index + 1}-01T12:00:00+00:00`, 'notice.yaml');
  });
  return { dir, file, git, commit };
}

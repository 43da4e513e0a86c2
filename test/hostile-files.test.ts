import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../src/report/index.js';
import { runMain, tempDir } from './helpers.js';

/** What `notice validate` prints for a file in a report format, both streams. */
async function report(file: string, format: string): Promise<string> {
  const run = await runMain(['validate', '--no-config', '--format', format, file]);
  expect(run.status, `${format}: ${run.stderr}`).toBe(1);
  return run.stdout + run.stderr;
}

// Controls a terminal acts on; \t and \n are left out, as reports use them themselves.
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('text from the file is shown escaped in every report format', () => {
  const ESC = '\u001b';
  const files: [string, string, string][] = [
    [
      'a NUL and an escape sequence in a value a rule quotes (message, value, code frame)',
      `notice:\n  languages: [fi]\n  created: "2020-01-01"\ncontroller:\n  name: Oy\n  phone: "09\u0000 ${ESC}[2J${ESC}[31m1"\n`,
      '\\x00 \\x1b[2J\\x1b[31m1',
    ],
    [
      'an escape sequence in an unknown key',
      `notice:\n  languages: [fi]\n  ${ESC}]0;pwned${ESC}\\: 1\n`,
      '\\x1b]0;pwned\\x1b',
    ],
    [
      'an escape sequence after a backslash, which the YAML message quotes',
      `notice:\n  languages: ["f\\${ESC}[31m"]\n`,
      'Invalid escape sequence \\\\x1b',
    ],
    ['a right-to-left override in an enumerated value', `notice:\n  languages: [f\u202Ei]\n`, 'f\\u202ei'],
  ];
  for (const [what, text, escaped] of files) {
    it(what, async () => {
      const file = join(tempDir(), 'notice.yaml');
      writeFileSync(file, text);
      for (const format of REPORT_FORMATS) {
        const output = await report(file, format);
        expect(output, format).not.toMatch(RAW_CONTROL);
        // The formats that show values and code frames show the escapes (JSON writes their backslash as \\).
        if (format === 'stylish') expect(output).toContain(escaped);
        if (format === 'json') expect(output).toContain(JSON.stringify(escaped).slice(1, -1));
      }
    });
  }
});

describe('a file that is not a notice is never quoted beyond one line', () => {
  // Files a notice path may point at by mistake, through a symlink: none may reach a CI log.
  const files: Record<string, string> = {
    passwd: [
      'root:x:0:0:root:/root:/bin/bash',
      'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
      'alice:x:1000:1000:Alice Example,,,:/home/alice:/bin/zsh',
      'backup:x:34:34:backup:/var/backups:/usr/sbin/nologin',
    ].join('\n'),
    'secrets.env': [
      'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
      'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'DATABASE_PASSWORD=correct-horse-battery-staple',
    ].join('\n'),
    'secrets.yaml': [
      'AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE',
      'AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'DATABASE_PASSWORD: correct-horse-battery-staple',
    ].join('\n'),
    credentials: [
      '[default]',
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ].join('\n'),
    'token.json': '{"token": "ghp_16C7e42F292c6912E7710c838347Ae178B4a",\n "password": "correct-horse-battery-staple"}',
    id_ed25519: [
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
      'QyNTUxOQAAACDqAhBzWJ7IRrvW9hE2zBvb0gkLgz5HvPfsjwXyF5gYwAAAAJhW8yOnVvMj',
      '-----END OPENSSH PRIVATE KEY-----',
    ].join('\n'),
    netrc: [
      'machine api.example.com login bob password: hunter2-secret',
      '  extra: "unterminated secret-value-123',
      '\tmachine: other tabbed-secret-456',
    ].join('\n'),
  };

  /** The lines of `text` of which a piece of 12 characters or more appears in `output`. */
  function linesShown(text: string, output: string): string[] {
    return text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => {
        const width = Math.min(12, line.length);
        for (let i = 0; i + width <= line.length; i++) if (output.includes(line.slice(i, i + width))) return true;
        return false;
      });
  }

  for (const [name, content] of Object.entries(files)) {
    it(`${name}, given as a notice through a symlink`, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, name), content + '\n');
      symlinkSync(join(dir, name), join(dir, 'notice.yaml'));
      for (const format of REPORT_FORMATS) {
        const output = await report(join(dir, 'notice.yaml'), format);
        expect(linesShown(content, output), format).toHaveLength(0);
      }
    });
  }

  it.runIf(existsSync('/etc/passwd'))('/etc/passwd itself', async () => {
    const link = join(tempDir(), 'notice.yaml');
    symlinkSync('/etc/passwd', link);
    for (const format of REPORT_FORMATS) {
      const output = await report(link, format);
      expect(output, format).not.toMatch(/root:|nologin|\/bin\/\w+sh/);
    }
  });

  it('a notice with one misspelt section is still a notice: its keys are shown', async () => {
    const file = join(tempDir(), 'notice.yaml');
    writeFileSync(file, 'notice:\n  languages: [fi]\ncontroler:\n  name: Oy\n');
    const output = await report(file, 'stylish');
    expect(output).toContain('`controler` is not a known key');
    expect(output).toContain('Did you mean `controller`?');
  });
});

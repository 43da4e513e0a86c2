import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { NoticeError } from '../errors.js';

/** Where the browser was found: which setting named it, or `auto` for a known install path. */
export type BrowserSource =
  '--chrome' | 'NOTICE_CHROME' | 'PUPPETEER_EXECUTABLE_PATH' | 'CHROME_PATH' | 'config' | 'auto';

export interface FoundBrowser {
  path: string;
  source: BrowserSource;
  /** Debian's chromium-headless-shell: the old headless mode, faster to start. */
  headlessShell: boolean;
}

export interface FindBrowserOptions {
  /** The --chrome flag. */
  flag?: string;
  /** `pdf.chrome` from the configuration file, when there is one. */
  config?: string;
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  /** Tells whether a file can be run; replaced in tests. */
  isExecutable?: (path: string) => boolean;
}

/** Known install paths, in the order they are tried. */
export function candidatePaths(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin') {
    const home = env['HOME'] ?? '';
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return [
      ...roots.map((root) => join(root, 'Google\\Chrome\\Application\\chrome.exe')),
      ...roots.map((root) => join(root, 'Microsoft\\Edge\\Application\\msedge.exe')),
    ];
  }
  return [
    // Debian's headless shell starts faster and prints the same pages; taken when it is installed.
    '/usr/bin/chromium-headless-shell',
    '/usr/lib/chromium/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

/**
 * Finds the Chromium (or Chrome, or Edge) to print with, in a fixed order:
 * --chrome, NOTICE_CHROME, PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, the
 * configuration, then known install paths. A path given explicitly that does
 * not work is an error, never a silent fall-back to another browser.
 */
export function findBrowser(options: FindBrowserOptions = {}): FoundBrowser {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const isExecutable = options.isExecutable ?? canRun;
  const explicit: [BrowserSource, string | undefined][] = [
    ['--chrome', options.flag],
    ['NOTICE_CHROME', env['NOTICE_CHROME']],
    ['PUPPETEER_EXECUTABLE_PATH', env['PUPPETEER_EXECUTABLE_PATH']],
    ['CHROME_PATH', env['CHROME_PATH']],
    ['config', options.config],
  ];
  for (const [source, path] of explicit) {
    if (!path) continue;
    if (!isExecutable(path)) {
      const named = source === 'config' ? 'pdf.chrome in the configuration file' : source;
      throw new NoticeError(
        'BROWSER_NOT_RUNNABLE',
        `${named} names ${path}, which is not a program that can be run.`,
        `Correct ${named}, or leave it out to let notice look in the usual places.`,
      );
    }
    return { path, source, headlessShell: isHeadlessShell(path) };
  }
  const candidates = candidatePaths(platform, env);
  const found = candidates.find(isExecutable);
  if (found) return { path: found, source: 'auto', headlessShell: isHeadlessShell(found) };
  throw new NoticeError(
    'BROWSER_NOT_FOUND',
    `No Chromium or Chrome found to print PDFs with (looked in ${candidates.join(', ')}).`,
    installHint(platform),
  );
}

/** The command that installs a browser on this kind of machine. */
export function installHint(platform: NodeJS.Platform): string {
  if (platform === 'linux')
    return 'Install Chromium: `sudo apt-get install chromium` (Debian, Ubuntu), or set NOTICE_CHROME to a Chrome or Chromium you have.';
  if (platform === 'darwin')
    return 'Install Google Chrome or Chromium (for example `brew install --cask chromium`), or set NOTICE_CHROME to its path.';
  return 'Install Google Chrome or Microsoft Edge, or set NOTICE_CHROME to its path.';
}

function isHeadlessShell(path: string): boolean {
  return /headless[-_]shell/.test(path);
}

function canRun(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

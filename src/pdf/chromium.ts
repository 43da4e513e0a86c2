import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'puppeteer-core';

/** Chromium's command line: no network at all, and no connections of its own. */
export function chromiumArgs(sandboxOff: boolean): string[] {
  return [
    ...(sandboxOff ? ['--no-sandbox'] : []),
    // Every host name, and every address written as a number, fails to resolve; and every request that still
    // goes out is sent to a proxy whose name does not resolve (also for localhost). Request interception blocks
    // what a page loads, but not what Chromium fetches ahead for it (<link rel=prefetch>, preconnect).
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--proxy-server=http://notice.invalid:1',
    '--proxy-bypass-list=<-loopback>',
    // No connections of Chromium's own (updates, sync, field trials).
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
  ];
}

/** Closes a browser, and stops its processes outright when it does not close within a few seconds (hung). */
export async function closeBrowser(browser: Browser): Promise<void> {
  const child = browser.process() ?? undefined;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 5_000)));
  const closed = await Promise.race([
    browser.close().then(
      () => true,
      () => true,
    ),
    late,
  ]);
  clearTimeout(timer);
  if (!closed) killTree(child);
}

/** Stops a browser and every process it started (puppeteer starts it as the leader of a process group). */
export function killTree(child: ChildProcess | undefined): void {
  // The group outlives its leader (the browser, or the shell script that started it).
  if (!child?.pid) return;
  try {
    if (process.platform === 'win32') child.kill('SIGKILL');
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

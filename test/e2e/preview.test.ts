import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RELOAD_SCRIPT } from '../../src/preview/pages.js';
import { launchBrowser } from '../browser.js';
import { ROOT, runCli, runMain, tempDir } from '../helpers.js';

const NAME = 'Esimerkkiverkko Oy';
const ENV = { SOURCE_DATE_EPOCH: '1780000000', NO_COLOR: '1' };

/** `notice preview` as a user starts it, with what it has printed so far. */
class Preview {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(args: string[], cwd: string) {
    this.child = spawn(process.execPath, [join(ROOT, 'bin/notice.js'), 'preview', '--port', '0', ...args], {
      cwd,
      env: { ...process.env, ...ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    running.push(this);
  }

  /** The server's address, once it has built the pages. */
  async url(): Promise<string> {
    const deadline = Date.now() + 20_000;
    while (!this.stderr.includes('Press Ctrl-C to stop.')) {
      if (Date.now() > deadline) throw new Error(`notice preview did not start:\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return /Preview on (\S+) /.exec(this.stderr)![1]!;
  }

  interrupt(): void {
    this.child.kill('SIGINT');
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

const running: Preview[] = [];
afterEach(() => {
  for (const preview of running.splice(0)) preview.kill();
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function project(): { dir: string; file: string; good: string } {
  const dir = tempDir();
  mkdirSync(join(dir, 'notices'));
  const file = join(dir, 'notices/complete.yaml');
  copyFileSync(join(ROOT, 'examples/complete.yaml'), file);
  return { dir, file, good: readFileSync(file, 'utf8') };
}

function pdfText(dir: string, bytes: Uint8Array): string {
  writeFileSync(join(dir, 'served.pdf'), bytes);
  const result = spawnSync('pdftotext', [join(dir, 'served.pdf'), '-'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
}

/** A request as sent, path and Host header untouched (fetch would normalise both). */
function rawGet(url: string, path: string, host?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path, method: 'GET', headers: host ? { Host: host } : {} }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('notice preview', () => {
  it('reloads the open page on each save, serves the PDF as it is now, shows a broken save and recovers; Ctrl-C stops all', async () => {
    const { dir, file, good } = project();
    const preview = new Preview(['notices'], dir);
    const url = await preview.url();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    // The page as served is build's page with the reload script and nothing else added.
    const built = await runMain(['build', 'notices', '--format', 'html', '--out', 'out'], { cwd: dir, env: ENV });
    expect(built.status).toBe(0);
    const served = await fetch(`${url}complete.fi.html`);
    expect(served.headers.get('content-security-policy')).toContain("script-src 'sha256-");
    const text = await served.text();
    expect(text.replace(/<script data-build="\d+">[^<]*<\/script>\n/, '')).toBe(
      readFileSync(join(dir, 'out/complete.fi.html'), 'utf8'),
    );

    const page = await browser.newPage();
    await page.goto(`${url}complete.fi.html`, { waitUntil: 'load' });
    expect(await page.$$eval('script', (scripts) => scripts.map((s) => s.textContent))).toEqual([RELOAD_SCRIPT]);
    await page.evaluate(() => ((globalThis as { beforeSave?: boolean }).beforeSave = true));

    writeFileSync(file, good.replaceAll(NAME, 'Muokattu Oy'));
    await page.waitForFunction(() => document.body.innerText.includes('Muokattu Oy'), { timeout: 15_000 });
    // A new page, not the old one changed in place.
    expect(await page.evaluate(() => (globalThis as { beforeSave?: boolean }).beforeSave)).toBeUndefined();

    const pdf = await fetch(`${url}complete.fi.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdfText(dir, new Uint8Array(await pdf.arrayBuffer()))).toContain('Muokattu Oy');

    writeFileSync(file, good.replace('notice:', 'notice: [\n'));
    await page.waitForFunction(() => document.body.innerText.includes('YAML_SYNTAX'), { timeout: 15_000 });
    expect(await page.$eval('aside[data-notice-preview]', (aside) => aside.textContent)).toContain(
      'not built, format errors',
    );
    const broken = await fetch(`${url}complete.fi.pdf`);
    expect(broken.status).toBe(409);
    expect(await broken.text()).toContain('YAML_SYNTAX');

    writeFileSync(file, good.replaceAll(NAME, 'Korjattu Oy'));
    await page.waitForFunction(() => document.body.innerText.includes('Korjattu Oy'), { timeout: 15_000 });
    expect(await page.$('aside[data-notice-preview]')).toBeNull();
    const fixed = await fetch(`${url}complete.fi.pdf`);
    expect(pdfText(dir, new Uint8Array(await fixed.arrayBuffer()))).toContain('Korjattu Oy');
    await page.close();

    preview.interrupt();
    expect(await preview.exited).toBe(0);
    expect(preview.stderr).toMatch(/Stopped watching\.\n$/);
    await expect(fetch(url)).rejects.toThrow();
  }, 90_000);

  it('answers on the loopback only, serves only what it built, refuses a foreign Host and other methods', async () => {
    const { dir } = project();
    const preview = new Preview(['notices', '--lang', 'fi'], dir);
    const url = await preview.url();
    const { port } = new URL(url);

    const index = await fetch(url);
    expect(index.status).toBe(200);
    const links = [...(await index.text()).matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['/complete.fi.html', '/complete.fi.pdf']);

    for (const path of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/complete.fi.html/../../../etc/passwd',
      '/notices/complete.yaml',
      '/complete.sv.html',
      '/.notice-manifest.json',
    ]) {
      const response = await rawGet(url, path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.body).not.toContain('root:');
    }
    expect((await rawGet(url, '/', `localhost:${port}`)).status).toBe(200);
    expect((await rawGet(url, '/', 'attacker.example')).status).toBe(403);
    expect((await rawGet(url, '/complete.fi.html', `attacker.example:${port}`)).status).toBe(403);
    expect((await fetch(`${url}complete.fi.html`, { method: 'POST', body: 'x' })).status).toBe(405);

    // Another address of this machine gets no answer at all.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && address.family === 'IPv4' && !address.internal);
    for (const address of others) await expect(fetch(`http://${address!.address}:${port}/`)).rejects.toThrow();

    // A second preview on the same port: a clear usage error.
    const second = runCli(['preview', 'notices', '--port', port], { cwd: dir });
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(`Port ${port} on 127.0.0.1 is in use`);
    expect(second.stderr).toContain('--port 0');
    preview.interrupt();
    expect(await preview.exited).toBe(0);
  }, 60_000);
});

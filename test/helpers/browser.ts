import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from './run-etr.js';

/*
 * etr's HTML pages in a real browser: the Chromium that @sparticuz/chromium ships inside its npm
 * package (unpacked to the temporary directory on first use), driven by playwright-core, which
 * never downloads a browser of its own. So `npm install` then `npm test` needs no system browser
 * and no root. ETR_SKIP_BROWSER=1 skips these tests. Pages and screenshots go to test/.tmp/.
 */
export const skipBrowser = process.env.ETR_SKIP_BROWSER === '1';
export const outDir = join(repoRoot, 'test', '.tmp');

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(outDir, { recursive: true });
  const { default: packaged } = await import('@sparticuz/chromium');
  // Not packaged.args: those run one process for serverless hosts, which ends with the first page.
  return chromium.launch({
    executablePath: await packaged.executablePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Opened {
  page: Page;
  url: string;
  /** Every URL the page asked for, its own included. */
  requests: string[];
  /** The message of every dialog (alert, confirm) the page opened. */
  dialogs: string[];
}

/** Writes the page to test/.tmp/NAME.html and opens it by file:// URL, recording every request and dialog. */
export async function openPage(browser: Browser, name: string, html: string): Promise<Opened> {
  const file = join(outDir, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, requests, dialogs };
}

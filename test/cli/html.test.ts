import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, outDir, skipBrowser, type Opened } from '../helpers/browser.js';
import { runEtr } from '../helpers/run-etr.js';

/** The HTML report in a real browser (test/helpers/browser.ts). */
describe.skipIf(skipBrowser)('etr advise --format html in Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Writes the report to test/.tmp/NAME.html and opens it by file:// URL, recording every request. */
  async function open(name: string, args: string[], stdin?: string): Promise<Opened> {
    const result = runEtr(['advise', ...args, '--format', 'html'], stdin === undefined ? {} : { stdin });
    expect(result.code, result.stderr).toBe(0);
    return openPage(browser!, name, result.stdout);
  }

  function resultCount(args: string[]): number {
    const json = runEtr(['advise', ...args, '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    return (JSON.parse(json.stdout) as { results: unknown[] }).results.length;
  }

  it('draws one labelled point per result, the top three emphasised, and requests nothing but the file', async () => {
    const args = ['--profile', 'data/examples/copywriter.yaml'];
    const { page, url, requests } = await open('advise-en', args);
    const expected = resultCount(args);
    expect(expected).toBe(10);
    const points = page.locator('svg.risk-map g.point');
    expect(await points.count()).toBe(expected);
    const ranks = await points.evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-rank'))).sort((a, b) => a - b));
    expect(ranks).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
    expect(await page.locator('svg.risk-map g.point.top').count()).toBe(3);
    // Every point carries its rank as a visible label, inside the plot.
    for (const rank of ranks) {
      const label = page.locator(`svg.risk-map g.point[data-rank="${rank}"] .point-rank`);
      expect(await label.textContent()).toBe(String(rank));
      expect(await label.isVisible()).toBe(true);
    }
    expect(await page.locator('svg.risk-map rect.band').count()).toBe(5);
    expect(await page.locator('svg.risk-map g.comfort').count()).toBe(1);
    expect(await page.locator('article.role').count()).toBe(expected);
    expect(await page.locator('article.role .bar .segment').count()).toBe(expected * 3);
    expect(await page.locator('h1').textContent()).toBe('Career paths for Sam Rivera');
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(requests).toEqual([url]);
    await page.screenshot({ path: join(outDir, 'advise-en.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(outDir, 'advise-en-print.png'), fullPage: true });
    await page.close();
  });

  it('renders the Chinese example in Chinese, still self-contained', async () => {
    const args = ['--profile', 'data/examples/zh-product-manager.yaml', '--lang', 'zh', '--top', '8'];
    const { page, url, requests } = await open('advise-zh', args);
    expect(await page.locator('svg.risk-map g.point').count()).toBe(resultCount(args));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toMatch(/的职业路径$/);
    expect(await page.locator('article.role .badge').first().textContent()).toMatch(/^(可投递|需提升|差距较大)$/);
    expect(requests).toEqual([url]);
    await page.screenshot({ path: join(outDir, 'advise-zh.png'), fullPage: true });
    await page.close();
  });

  it('shows profile text as text: a name with <script> runs nothing', async () => {
    const profile = 'name: "<script>alert(1)</script><img src=x onerror=alert(2)>"\nriskAppetite: medium\nskills: { python: 3 }\n';
    const { page, url, requests, dialogs } = await open('advise-escaped', ['--profile', '-', '--top', '3'], profile);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('Career paths for <script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });
});

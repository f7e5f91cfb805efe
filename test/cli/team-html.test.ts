import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, outDir, skipBrowser, type Opened } from '../helpers/browser.js';
import { englishWords } from '../helpers/english-words.js';
import { repoRoot, runEtr } from '../helpers/run-etr.js';

/** The team page in a real browser (test/helpers/browser.ts), as test/cli/html.test.ts opens the advise report. */

/** The example profiles, four times over with other names, and one whose name is markup. */
function team(): string {
  const dir = join(repoRoot, 'data', 'examples');
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>);
  const people = [0, 1, 2, 3].flatMap((round) => examples.map((e, i) => ({ ...e, name: `Member ${round * examples.length + i + 1}` })));
  people.push({ ...examples[0]!, name: '<script>alert(1)</script><img src=x onerror=alert(2)>' });
  return people.map((p) => JSON.stringify(p)).join('\n');
}

describe.skipIf(skipBrowser)('etr team --format html in Chromium', () => {
  let browser: Browser | undefined;
  let input: string;

  beforeAll(async () => {
    input = team();
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string, args: string[]): Promise<Opened & { json: { roles: { role: string; ready: number; stretch: number; longShot: number }[]; leverage: { skill: string; toReady: number; toStretch: number }[] } }> {
    const result = runEtr(['team', '--batch', '-', ...args, '--format', 'html'], { stdin: input });
    expect(result.code, result.stderr).toBe(0);
    const json = runEtr(['team', '--batch', '-', ...args, '--format', 'json'], { stdin: input });
    return { ...(await openPage(browser!, name, result.stdout)), json: JSON.parse(json.stdout) };
  }

  it('draws the heatmap and the leverage chart from the JSON\'s numbers, requests nothing, runs nothing, prints', async () => {
    const { page, url, requests, dialogs, json } = await open('team-en', ['--people']);
    const rows = page.locator('svg.heatmap g.row');
    expect(await rows.count()).toBe(Math.min(15, json.roles.length));
    const first = json.roles[0]!;
    const firstRow = page.locator(`svg.heatmap g.row[data-role="${first.role}"]`);
    expect(await firstRow.locator('g.cell').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-count'))))).toEqual([first.ready, first.stretch, first.longShot]);
    const bars = page.locator('svg.leverage-chart g.bar');
    expect(await bars.count()).toBe(Math.min(10, json.leverage.length));
    const top = json.leverage[0]!;
    expect(await bars.first().getAttribute('data-skill')).toBe(top.skill);
    expect(await bars.first().getAttribute('data-to-ready')).toBe(String(top.toReady));
    // Bars are as long as their counts: the longest bar is the largest count.
    const widths = await page.locator('svg.leverage-chart rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(Math.max(...widths)).toBe(330);
    // Every chart fits its page's width, on screen and in print.
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const overflow = await page.evaluate(() => [...document.querySelectorAll('svg')].some((svg) => svg.getBoundingClientRect().right > document.documentElement.clientWidth + 1));
      expect(overflow).toBe(false);
      await page.screenshot({ path: join(outDir, `team-en-${media}.png`), fullPage: true });
    }
    expect(await page.locator('h1').textContent()).toBe('Team view');
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('table').last().textContent()).toContain('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('renders in Chinese with --lang zh, no English left', async () => {
    const { page, url, requests } = await open('team-zh', ['--lang', 'zh']);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('团队视图');
    expect(englishWords(await page.locator('body').innerText())).toEqual([]);
    expect(requests).toEqual([url]);
    await page.screenshot({ path: join(outDir, 'team-zh.png'), fullPage: true });
    await page.close();
  });
});

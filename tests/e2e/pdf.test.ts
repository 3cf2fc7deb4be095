// PDF journey in Chromium against the real web host: import a PDF with the Import button, open a clause, show its
// original page beside it (pdf.js under the app's CSP, worker and fonts from the app's own files) with the clause
// highlighted, select words on the page to find their clause; a screenshot of the page view is written.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, ROOT, SCREENSHOTS, startHost, type RunningHost } from './web-host.js';

let host: RunningHost;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  host = await startHost();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1500, height: 950 }, colorScheme: 'light' });
  page = await context.newPage();
  problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/favicon/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
});

afterEach(async () => {
  await context?.close();
  // Uncaught exceptions or CSP violations (eval, a foreign worker or font) fail the journey.
  expect(problems).toEqual([]);
});

const PDF = join(ROOT, 'tests', 'fixtures', 'pdf', 'iipa-2017-russia.columns.pdf');
const leftPane = () => page.locator('section.pane[data-side="left"]');
const rightPane = () => page.locator('section.pane[data-side="right"]');

describe('PDF import and the original page', () => {
  it('imports a PDF, opens a clause, shows its page with the clause highlighted, and finds a clause from a selection', async () => {
    await page.goto(host.url);
    await page.locator('.doc-link').first().waitFor();
    await page.locator('input[type="file"]').first().setInputFiles({ name: 'IIPA 2017 two columns.pdf', mimeType: 'application/pdf', buffer: readFileSync(PDF) });
    await expect(page.getByText(/IIPA 2017 two columns\.pdf: imported, 73 clauses/).first().waitFor()).resolves.toBeUndefined();
    // Its title is its first line: Chrome's "about:blank" in the PDF's information is no title.
    await expect(page.locator('.doc-link', { hasText: /^INTERNATIONAL INTELLECTUAL PROPERTY ALLIANCE/ }).first().waitFor()).resolves.toBeUndefined();

    // The document opened in the left pane: its clauses carry their pages.
    const clause = leftPane().locator('[data-clause="iipa-2017-two-columns/p5"]');
    await clause.waitFor();
    await expect(clause.locator('.clause-page').textContent()).resolves.toMatch(/p\. \d/);
    await clause.locator('.clause-text').click();
    await clause.getByRole('button', { name: /^Show page \d+$/ }).click();

    // The page in the right pane, drawn by pdf.js, with the clause's regions highlighted and a text layer.
    const view = rightPane().locator('.pdf-view');
    await view.locator('.pdf-highlight').first().waitFor();
    await view.locator('.textLayer span').first().waitFor();
    const highlights = await view.locator('.pdf-highlight').count();
    expect(highlights).toBeGreaterThan(2);
    await expect(view.locator('.pdf-page-number').textContent()).resolves.toMatch(/^Page \d+ of 9$/);
    const painted = await view.locator('canvas.pdf-canvas').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    });
    expect(painted).toBeGreaterThan(1000); // the page's text is drawn, not a blank canvas
    await page.screenshot({ path: join(SCREENSHOTS, 'pdf-page.png') });

    // Zoom, next and previous page, fit width.
    await view.getByRole('button', { name: 'Zoom in' }).click();
    await view.getByRole('button', { name: 'Next ›' }).click();
    await expect(view.locator('.pdf-page-number').textContent()).resolves.toMatch(/^Page \d+ of 9$/);
    await view.getByRole('button', { name: /Back to the clause/ }).click();
    await view.getByRole('button', { name: 'Fit width' }).click();
    await view.locator('.pdf-highlight').first().waitFor();

    // Selecting words of another clause on the page opens that clause in the reader.
    // (Justified lines are drawn word by word: the selection is dragged from "Executive" to "have".)
    const from = await view.locator('.textLayer span', { hasText: /^Executive$/ }).first().boundingBox();
    const to = await view.locator('.textLayer span', { hasText: /^have$/ }).first().boundingBox();
    await page.mouse.move(from!.x + 1, from!.y + from!.height / 2);
    await page.mouse.down();
    await page.mouse.move(to!.x + to!.width - 1, to!.y + to!.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect(page.evaluate(() => window.getSelection()?.toString() ?? '')).resolves.toMatch(/Executive\s+Summary:\s+Recent\s+legal\s+reforms\s+have/);
    await leftPane().locator('.clause-selected').first().waitFor();
    await expect(leftPane().locator('.clause-selected .clause-text').first().textContent()).resolves.toMatch(/^Executive Summary: Recent legal reforms/);
  });

  it('opens the page view from a link, and with Alt+P from the selected clause', async () => {
    await page.goto(`${host.url}/clause/iipa-2017-two-columns/p4`);
    const clause = leftPane().locator('[data-clause="iipa-2017-two-columns/p4"]');
    await clause.waitFor();
    if ((await clause.getAttribute('aria-current')) !== 'true') await clause.locator('.clause-text').click();
    await page.keyboard.press('Alt+P');
    await rightPane().locator('.pdf-highlight').first().waitFor();
    expect(page.url()).toMatch(/\/page\/\d+\/iipa-2017-two-columns\b/);
  });

  it('offers the page of a PDF clause citing a provision, on the provision page', async () => {
    await page.goto(`${host.url}/provision/ru-civil-code:1229`);
    const jump = leftPane().locator('.clause-card', { has: page.locator('a[href*="iipa-2017-two-columns"]') }).locator('.page-jump').first();
    await jump.waitFor();
    await expect(jump.textContent()).resolves.toMatch(/^pp?\. \d/);
    await jump.click();
    await rightPane().locator('.pdf-highlight').first().waitFor();
  });
});

// The lawyer's work product in Chromium against the real web host: the review queue from the keyboard (with undo),
// a matrix cell opened side by side, the CSV and XLSX downloads read back, the trace report's print preview (and the
// report printed to PDF, its first page rendered to PNG), and "go to article" in the Civil Code by the go-to box and
// the contents. Screenshots of the queue, the matrix and the report go to test-results/screenshots/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseCsv } from '../../shared/core/annotations/csv-format.js';
import type { ExportFile, ReviewQueue } from '../../shared/core/api/review-dto.js';
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
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: 'light', acceptDownloads: true });
  page = await context.newPage();
  problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/favicon/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
});

afterEach(async () => {
  await context?.close();
  // Uncaught exceptions or CSP violations (the report's preview included) fail the test that caused them.
  expect(problems).toEqual([]);
});

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function callApi<T>(method: string, args: object): Promise<T> {
  return page.evaluate(
    async ([m, a]) => {
      const response = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(a) });
      const body = await response.json();
      if (!body.ok) throw new Error(`${body.error.code}: ${body.error.message}`);
      return body.result;
    },
    [method, args] as const,
  ) as Promise<T>;
}

async function openApp(path = ''): Promise<void> {
  await page.goto(`${host.url}${path}`);
  await page.locator('#search-input').waitFor();
}

const leftPane = () => page.locator('section.pane[data-side="left"]');
const rightPane = () => page.locator('section.pane[data-side="right"]');

describe('the lawyer’s work product in the browser', () => {
  it('reviews three commitments from the keyboard, and Ctrl+Z takes a verdict back', async () => {
    await openApp('/review');
    const progress = page.locator('.queue-progress-text');
    await progress.waitFor();
    const before = await callApi<ReviewQueue>('reviewQueue', {});
    expect(before.reviewed).toBe(0);
    await expect(progress.textContent()).resolves.toBe(`0 of ${before.total} commitments reviewed`);
    const queue = page.getByRole('region', { name: 'Commitments to review' });
    await expect(queue.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // The first commitment with proposals is current; j and k move through its proposals and back.
    const pendingItems = before.items.filter((i) => i.pending > 0).slice(0, 3);
    expect(pendingItems).toHaveLength(3);
    const focused = () => page.locator('.queue-proposal[aria-current="true"] .queue-proposal-title').textContent();
    const firstTitle = await focused();
    expect(firstTitle).toBe(pendingItems[0]!.proposals[0]!.label);
    await page.keyboard.press('j');
    await expect(focused()).resolves.toBe(pendingItems[0]!.proposals[1]!.label);
    await page.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe(firstTitle);

    // Each commitment: confirm its best proposal (c or y), reject the others (x or n); the cursor moves on by itself.
    const keys = [['c', 'x'], ['y', 'n'], ['c', 'x']] as const;
    for (const [n, item] of pendingItems.entries()) {
      expect(await page.locator('.queue-item[aria-current="step"] .queue-item-label').textContent()).toBe(item.clause.label);
      for (let i = 0; i < item.proposals.length; i++) {
        const label = await focused();
        await page.keyboard.press(i === 0 ? keys[n]![0] : keys[n]![1]);
        // The toast says what was recorded before the next key.
        await page.locator('.toast', { hasText: `${i === 0 ? 'Confirmed' : 'Rejected'}: ${label}` }).last().waitFor();
      }
      await page.locator('.queue-progress-text', { hasText: `${n + 1} of ${before.total} commitments reviewed` }).waitFor();
    }
    const after = await callApi<ReviewQueue>('reviewQueue', {});
    expect(after.reviewed).toBe(3);
    const first = after.items.find((i) => i.clause.id === pendingItems[0]!.clause.id)!;
    expect(first.proposals.map((p) => p.status)).toEqual(['confirmed', ...first.proposals.slice(1).map(() => 'rejected')]);
    await page.locator('.queue-item-reviewed', { hasText: pendingItems[2]!.clause.label }).first().waitFor();
    // The third commitment's last verdict sent the cursor on: back to it to see its verdicts on screen.
    await page.keyboard.press('ArrowLeft');
    await page.locator('.queue-item[aria-current="step"] .status-rejected').first().waitFor();
    await shot('review-queue');

    // Review changes are in the undo history: Ctrl+Z takes the last verdict back, Ctrl+Shift+Z makes it again.
    await page.keyboard.press('Control+z');
    await page.locator('.queue-progress-text', { hasText: `2 of ${before.total}` }).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await page.locator('.queue-progress-text', { hasText: `3 of ${before.total}` }).waitFor();
  });

  it('opens a matrix cell side by side with the evidence, and downloads the CSV and the XLSX', async () => {
    await openApp();
    await callApi('reviewLink', { clause: 'action-plan-2012/I.A.2.c', target: 'ru-civil-code:1252/5', verdict: 'confirmed', reason: 'seizure of equipment' });
    await page.goto(`${host.url}/matrix`);
    const grid = page.getByRole('grid', { name: /Traceability matrix/ });
    await grid.waitFor();
    await page.locator('.matrix-size', { hasText: /commitments × \d+ provisions/ }).waitFor();
    // Cells say their status in words (colour is a second cue), with the score of proposals.
    const confirmed = page.locator('.matrix-cell-confirmed[title^="Action Plan § I.A, item 2(c) × Civil Code art. 1252(5)"]');
    await expect(confirmed.textContent()).resolves.toContain('confirmed');
    await expect(page.locator('.matrix-cell.matrix-cell-confident').first().textContent()).resolves.toMatch(/confident\s*\d+%/);
    await expect(page.locator('.matrix-colhead').first().isVisible()).resolves.toBe(true);
    await shot('matrix');

    // Arrow keys move through the cells (aria-activedescendant), Enter opens one.
    await grid.focus();
    await page.keyboard.press('ArrowRight');
    await expect(grid.getAttribute('aria-activedescendant')).resolves.toMatch(/^matrix-cell-\d+-1$/);

    // Sticky headers: scrolled down, the column headers stay at the top of the grid.
    const headTop = async () => (await page.locator('.matrix-head').boundingBox())!.y;
    const gridTop = (await grid.boundingBox())!.y;
    await grid.evaluate((el) => el.scrollBy(0, 400));
    await expect(headTop()).resolves.toBeCloseTo(gridTop, 0);
    await grid.evaluate((el) => el.scrollTo(0, 0));

    await confirmed.click();
    await leftPane().locator('.trace-item-focused .trace-item-title', { hasText: 'Civil Code art. 1252(5)' }).waitFor();
    await expect(leftPane().locator('.trace-item-focused .status-confirmed').textContent()).resolves.toContain('confirmed');
    await expect(leftPane().locator('.trace-item-focused .link-reason').textContent()).resolves.toContain('seizure of equipment');
    await expect(leftPane().locator('.trace-item-focused .evidence .clause-card').count()).resolves.toBeGreaterThan(0);
    await rightPane().locator('h1.page-title', { hasText: 'Civil Code art. 1252(5)' }).waitFor();
    // The history entry remembers both panes; the address is the active one's (the provision).
    expect(page.url()).toMatch(/\/provision\/ru-civil-code/);
    await shot('matrix-cell-side-by-side');
    await page.goBack();
    await grid.waitFor();

    // Downloads: the CSV (UTF-8 with a byte order mark, one header row) and the XLSX (Matrix and Links sheets).
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV', exact: true }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csvText.slice(1));
    expect(rows[0]!.join(' ')).toContain('Civil Code art. 1252(5)');
    const itemRow = rows.find((r) => r.some((c) => c.includes('I.A, item 2(c)')))!;
    expect(itemRow.join(' ')).toMatch(/confirmed/);

    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'XLSX', exact: true }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Matrix', 'Links']);
    const links = book.getWorksheet('Links')!;
    const linkRows = links.getSheetValues().map((r) => (Array.isArray(r) ? r.join(' ') : ''));
    expect(linkRows.some((r) => r.includes('Civil Code art. 1252(5)') && r.includes('confirmed') && r.includes('seizure of equipment'))).toBe(true);
  });

  it('previews the trace report for printing, and prints it to PDF', async () => {
    await openApp('/report');
    const frame = page.frameLocator('iframe.report-frame');
    await frame.locator('h1').waitFor();
    await expect(frame.locator('h1').textContent()).resolves.toMatch(/Traceability report/);
    await expect(frame.locator('h2').first().textContent()).resolves.toMatch(/Action Plan § I\.A/);
    // The report's own stylesheet applies inside the app's CSP (no inline styles): its headings are sans-serif.
    await expect(frame.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily)).resolves.toMatch(/Arial|Helvetica|DejaVu Sans/);
    await shot('trace-report');

    // Print… prints the report's frame, not the app.
    const reportFrame = page.frames().find((f) => f !== page.mainFrame())!;
    await reportFrame.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Print…' }).click();
    await expect(reportFrame.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);

    // The same HTML as a printed document: Chromium's PDF, its first page rendered to PNG (pdftoppm) to look at.
    const html = await callApi<ExportFile>('exportTraceReport', { format: 'html' });
    const printPage = await context.newPage();
    await printPage.setContent(html.content, { waitUntil: 'load' });
    await printPage.emulateMedia({ media: 'print' });
    await printPage.screenshot({ path: join(SCREENSHOTS, 'trace-report-print-media.png') });
    const pdf = join(ROOT, 'test-results', 'trace-report.pdf');
    await printPage.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const pdftoppm = spawnSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', pdf, join(SCREENSHOTS, 'trace-report-pdf')], { encoding: 'utf8' });
    if (pdftoppm.error === undefined) {
      expect(pdftoppm.status).toBe(0);
      // pdftoppm numbers pages with as many digits as the page count needs: keep stable names.
      for (const page of [1, 2]) {
        const made = [`-${page}`, `-0${page}`, `-00${page}`].map((s) => join(SCREENSHOTS, `trace-report-pdf${s}.png`)).find((f) => existsSync(f));
        if (made) renameSync(made, join(SCREENSHOTS, `trace-report-pdf-page-${page}.png`));
      }
      expect(existsSync(join(SCREENSHOTS, 'trace-report-pdf-page-1.png'))).toBe(true);
    }
  });

  it('goes to article 1253.1 of the Civil Code from the go-to box and by the contents', async () => {
    await openApp('/doc/ru-civil-code-part4');
    const nav = leftPane().getByRole('navigation', { name: 'Contents' });
    await nav.waitFor();
    const box = nav.getByRole('textbox', { name: 'Go to article' });
    const selected = () => leftPane().locator('.clause[aria-current="true"]');

    // Alt+G focuses the box; `ст. 1253.1` goes there.
    await leftPane().locator('.reader-scroll').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Alt+g');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('ст. 1253.1');
    await page.keyboard.press('Enter');
    await selected().waitFor();
    await expect(selected().getAttribute('data-clause')).resolves.toBe('ru-civil-code-part4/art1253.1');
    await expect(selected().isVisible()).resolves.toBe(true);
    // The contents follow: the current entry is the article, inside its opened chapter.
    await nav.locator('[aria-current="location"]', { hasText: 'Статья 1253.1' }).waitFor();

    // A part of an article, and an article the code does not hold.
    await box.fill('п. 5 ст. 1252');
    await box.press('Enter');
    await leftPane().locator('.clause[aria-current="true"][data-clause="ru-civil-code-part4/art1252/5"]').waitFor();
    await box.fill('9999');
    await box.press('Enter');
    await expect(nav.getByRole('alert').textContent()).resolves.toContain('no article 9999');

    // By the contents: open chapter 70 and follow an article in it.
    await nav.getByRole('button', { name: /^Expand Глава 70/ }).click();
    await nav.getByRole('link', { name: /^Статья 1255\./ }).click();
    await leftPane().locator('.clause[aria-current="true"][data-clause="ru-civil-code-part4/art1255"]').waitFor();
    await nav.locator('[aria-current="location"]', { hasText: 'Статья 1255' }).waitFor();
    await shot('statute-contents');

    // The Criminal Code (2,795 clauses) has its contents too; going to article 146 scrolls the long reader there.
    await page.goto(`${host.url}/doc/ru-criminal-code`);
    const criminal = leftPane().getByRole('navigation', { name: 'Contents' });
    await criminal.getByRole('textbox', { name: 'Go to article' }).fill('146');
    await criminal.getByRole('textbox', { name: 'Go to article' }).press('Enter');
    await leftPane().locator('.clause[aria-current="true"][data-clause="ru-criminal-code/art146"]').waitFor();
    await criminal.locator('[aria-current="location"]', { hasText: 'Статья 146' }).waitFor();
  });
});

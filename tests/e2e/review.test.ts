// The lawyer's work product in Chromium against the real web host: the review queue from the keyboard (with undo),
// a matrix cell opened side by side, the CSV and XLSX downloads read back, the trace report's print preview (and the
// report printed to PDF, its first page rendered to PNG), and "go to article" in the Civil Code by the go-to box and
// the contents. Screenshots of the queue, the matrix and the report go to test-results/screenshots/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../shared/core/annotations/csv-format.js';
import type { ExportFile, ReviewQueue } from '../../shared/core/api/review-dto.js';
import { useE2eSession } from './session.js';
import { ROOT, SCREENSHOTS } from './web-host.js';

// Uncaught exceptions or CSP violations (the report's preview included) fail the test that caused them.
const session = useE2eSession({ acceptDownloads: true, openAppWaitsForLibrary: false });
const { shot, callApi, openApp } = session;

const leftPane = () => session.page.locator('section.pane[data-side="left"]');
const rightPane = () => session.page.locator('section.pane[data-side="right"]');

describe('the lawyer’s work product in the browser', () => {
  it('reviews three commitments from the keyboard, and Ctrl+Z takes a verdict back', async () => {
    await openApp('/review');
    const progress = session.page.locator('.queue-progress-text');
    await progress.waitFor();
    const before = await callApi<ReviewQueue>('reviewQueue', {});
    expect(before.reviewed).toBe(0);
    await expect(progress.textContent()).resolves.toBe(`0 of ${before.total} commitments reviewed`);
    const queue = session.page.getByRole('region', { name: 'Commitments to review' });
    await expect(queue.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // The first commitment with proposals is current; j and k move through its proposals and back.
    const pendingItems = before.items.filter((i) => i.pending > 0).slice(0, 3);
    expect(pendingItems).toHaveLength(3);
    const focused = () => session.page.locator('.queue-proposal[aria-current="true"] .queue-proposal-title').textContent();
    const firstTitle = await focused();
    expect(firstTitle).toBe(pendingItems[0]!.proposals[0]!.label);
    await session.page.keyboard.press('j');
    await expect(focused()).resolves.toBe(pendingItems[0]!.proposals[1]!.label);
    await session.page.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe(firstTitle);

    // Each commitment: confirm its best proposal (c or y), reject the others (x or n); the cursor moves on by itself.
    const keys = [['c', 'x'], ['y', 'n'], ['c', 'x']] as const;
    for (const [n, item] of pendingItems.entries()) {
      expect(await session.page.locator('.queue-item[aria-current="step"] .queue-item-label').textContent()).toBe(item.clause.label);
      for (let i = 0; i < item.proposals.length; i++) {
        const label = await focused();
        await session.page.keyboard.press(i === 0 ? keys[n]![0] : keys[n]![1]);
        // The toast says what was recorded before the next key.
        await session.page.locator('.toast', { hasText: `${i === 0 ? 'Confirmed' : 'Rejected'}: ${label}` }).last().waitFor();
      }
      await session.page.locator('.queue-progress-text', { hasText: `${n + 1} of ${before.total} commitments reviewed` }).waitFor();
    }
    const after = await callApi<ReviewQueue>('reviewQueue', {});
    expect(after.reviewed).toBe(3);
    const first = after.items.find((i) => i.clause.id === pendingItems[0]!.clause.id)!;
    expect(first.proposals.map((p) => p.status)).toEqual(['confirmed', ...first.proposals.slice(1).map(() => 'rejected')]);
    await session.page.locator('.queue-item-reviewed', { hasText: pendingItems[2]!.clause.label }).first().waitFor();
    // The third commitment's last verdict sent the cursor on: back to it to see its verdicts on screen.
    await session.page.keyboard.press('ArrowLeft');
    await session.page.locator('.queue-item[aria-current="step"] .status-rejected').first().waitFor();
    await shot('review-queue');

    // Review changes are in the undo history: Ctrl+Z takes the last verdict back, Ctrl+Shift+Z makes it again.
    await session.page.keyboard.press('Control+z');
    await session.page.locator('.queue-progress-text', { hasText: `2 of ${before.total}` }).waitFor();
    await session.page.keyboard.press('Control+Shift+z');
    await session.page.locator('.queue-progress-text', { hasText: `3 of ${before.total}` }).waitFor();
  });

  it('lists a verdict whose paragraph a re-import removed (its text shown as text), and discards it with undo', async () => {
    const paragraphs = [
      'Article 1252(5) of the Civil Code allows the seizure and destruction of equipment used mainly to infringe exclusive rights.',
      'Part 2 of Article 146 of the Criminal Code punishes the illegal use of works on a large scale <b>and</b> more.',
    ];
    const importMemo = (texts: string[]) =>
      callApi<{ docId: string }>('importDocument', { fileName: 'e2e-placement-memo.txt', data: Buffer.from(`${texts.join('\n\n')}\n`).toString('base64') });
    await openApp();
    const { docId } = await importMemo(paragraphs);
    await callApi('reviewLink', { clause: `${docId}/p2`, target: 'ru-criminal-code:146/2', verdict: 'rejected', reason: 'not for this memo' });
    await callApi('reviewLink', { clause: `${docId}/p1`, target: 'ru-civil-code:1252/5', verdict: 'confirmed', reason: 'the seizure remedy' });
    // A new first paragraph, and the first one reworded: the verdicts follow their paragraphs (p2, p3), the reworded
    // one's trace says it was reviewed on an earlier wording.
    const reworded = paragraphs[0]!.replace('allows', 'permits');
    await importMemo(['A new opening paragraph of the memo.', reworded, paragraphs[1]!]);
    expect((await callApi<ReviewQueue>('reviewQueue', {})).detached.verdicts).toEqual([]);
    await openApp(`/trace/${docId}/p2`);
    const badge = session.page.locator('.status-reworded').first();
    await badge.waitFor();
    await expect(badge.textContent()).resolves.toBe('earlier wording');
    await shot('trace-earlier-wording');
    // Then the second paragraph goes: its verdict is detached.
    await importMemo(['A new opening paragraph of the memo.', reworded]);
    await openApp('/review');
    const entry = session.page.locator('.detached-review');
    await entry.waitFor();
    await expect(entry.locator('.detached-review-text').textContent()).resolves.toBe(paragraphs[1]);
    await expect(entry.locator('b').count()).resolves.toBe(0);
    await expect(entry.textContent()).resolves.toContain('its paragraph is no longer in the document');
    await entry.scrollIntoViewIfNeeded();
    await shot('review-detached');
    await entry.getByRole('button', { name: 'Discard' }).click();
    await session.page.locator('.toast', { hasText: 'Discarded: rejected' }).last().waitFor();
    await entry.waitFor({ state: 'detached' });
    await session.page.keyboard.press('Control+z');
    await session.page.locator('.detached-review').waitFor();
    await callApi('removeDocument', { id: docId });
  });

  it('opens a matrix cell side by side with the evidence, and downloads the CSV and the XLSX', async () => {
    await openApp();
    await callApi('reviewLink', { clause: 'action-plan-2012/I.A.2.c', target: 'ru-civil-code:1252/5', verdict: 'confirmed', reason: 'seizure of equipment' });
    await session.page.goto(`${session.host.url}/matrix`);
    const grid = session.page.getByRole('grid', { name: /Traceability matrix/ });
    await grid.waitFor();
    await session.page.locator('.matrix-size', { hasText: /commitments × \d+ provisions/ }).waitFor();
    // Cells say their status in words (colour is a second cue), with the score of proposals.
    const confirmed = session.page.locator('.matrix-cell-confirmed[title^="Action Plan § I.A, item 2(c) × Civil Code art. 1252(5)"]');
    await expect(confirmed.textContent()).resolves.toContain('confirmed');
    await expect(session.page.locator('.matrix-cell.matrix-cell-confident').first().textContent()).resolves.toMatch(/confident\s*\d+%/);
    await expect(session.page.locator('.matrix-colhead').first().isVisible()).resolves.toBe(true);
    await shot('matrix');

    // Arrow keys move through the cells (aria-activedescendant), Enter opens one.
    await grid.focus();
    await session.page.keyboard.press('ArrowRight');
    await expect(grid.getAttribute('aria-activedescendant')).resolves.toMatch(/^matrix-cell-\d+-1$/);

    // Sticky headers: scrolled down, the column headers stay at the top of the grid.
    const headTop = async () => (await session.page.locator('.matrix-head').boundingBox())!.y;
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
    expect(session.page.url()).toMatch(/\/provision\/ru-civil-code/);
    await shot('matrix-cell-side-by-side');
    await session.page.goBack();
    await grid.waitFor();

    // Downloads: the CSV (UTF-8 with a byte order mark, one header row) and the XLSX (Matrix and Links sheets).
    const csvDownload = session.page.waitForEvent('download');
    await session.page.getByRole('button', { name: 'CSV', exact: true }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csvText.slice(1));
    expect(rows[0]!.join(' ')).toContain('Civil Code art. 1252(5)');
    const itemRow = rows.find((r) => r.some((c) => c.includes('I.A, item 2(c)')))!;
    expect(itemRow.join(' ')).toMatch(/confirmed/);

    const xlsxDownload = session.page.waitForEvent('download');
    await session.page.getByRole('button', { name: 'XLSX', exact: true }).click();
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
    const frame = session.page.frameLocator('iframe.report-frame');
    await frame.locator('h1').waitFor();
    await expect(frame.locator('h1').textContent()).resolves.toMatch(/Traceability report/);
    await expect(frame.locator('h2').first().textContent()).resolves.toMatch(/Action Plan § I\.A/);
    // The report's own stylesheet applies inside the app's CSP (no inline styles): its headings are sans-serif.
    await expect(frame.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily)).resolves.toMatch(/Arial|Helvetica|DejaVu Sans/);
    await shot('trace-report');

    // Print… prints the report's frame, not the app.
    const reportFrame = session.page.frames().find((f) => f !== session.page.mainFrame())!;
    await reportFrame.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await session.page.getByRole('button', { name: 'Print…' }).click();
    await expect(reportFrame.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);

    // The same HTML as a printed document: Chromium's PDF, its first page rendered to PNG (pdftoppm) to look at.
    const html = await callApi<ExportFile>('exportTraceReport', { format: 'html' });
    const printPage = await session.context.newPage();
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
    await session.page.keyboard.press('Alt+g');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await session.page.keyboard.type('ст. 1253.1');
    await session.page.keyboard.press('Enter');
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
    await session.page.goto(`${session.host.url}/doc/ru-criminal-code`);
    const criminal = leftPane().getByRole('navigation', { name: 'Contents' });
    await criminal.getByRole('textbox', { name: 'Go to article' }).fill('146');
    await criminal.getByRole('textbox', { name: 'Go to article' }).press('Enter');
    await leftPane().locator('.clause[aria-current="true"][data-clause="ru-criminal-code/art146"]').waitFor();
    await criminal.locator('[aria-current="location"]', { hasText: 'Статья 146' }).waitFor();
  });
});

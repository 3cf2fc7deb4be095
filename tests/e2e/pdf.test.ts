// PDF journey in Chromium against the real web host: import a PDF with the Import button, open a clause, show its
// original page beside it (pdf.js under the app's CSP, worker and fonts from the app's own files) with the clause
// highlighted, select words on the page to find their clause; a screenshot of the page view is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './session.js';
import { ROOT } from './web-host.js';

// Uncaught exceptions or CSP violations (eval, a foreign worker or font) fail the journey.
const session = useE2eSession({ viewport: { width: 1500, height: 950 } });
const { shot } = session;

const PDF = join(ROOT, 'tests', 'fixtures', 'pdf', 'iipa-2017-russia.columns.pdf');
const leftPane = () => session.page.locator('section.pane[data-side="left"]');
const rightPane = () => session.page.locator('section.pane[data-side="right"]');

describe('PDF import and the original page', () => {
  it('imports a PDF, opens a clause, shows its page with the clause highlighted, and finds a clause from a selection', async () => {
    await session.page.goto(session.host.url);
    await session.page.locator('.doc-link').first().waitFor();
    await session.page.locator('input[type="file"]').first().setInputFiles({ name: 'IIPA 2017 two columns.pdf', mimeType: 'application/pdf', buffer: readFileSync(PDF) });
    await expect(session.page.getByText(/IIPA 2017 two columns\.pdf: imported, 73 clauses/).first().waitFor()).resolves.toBeUndefined();
    // Its title is its first line: Chrome's "about:blank" in the PDF's information is no title.
    await expect(session.page.locator('.doc-link', { hasText: /^INTERNATIONAL INTELLECTUAL PROPERTY ALLIANCE/ }).first().waitFor()).resolves.toBeUndefined();

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
    await shot('pdf-page');

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
    await session.page.mouse.move(from!.x + 1, from!.y + from!.height / 2);
    await session.page.mouse.down();
    await session.page.mouse.move(to!.x + to!.width - 1, to!.y + to!.height / 2, { steps: 8 });
    await session.page.mouse.up();
    await expect(session.page.evaluate(() => window.getSelection()?.toString() ?? '')).resolves.toMatch(/Executive\s+Summary:\s+Recent\s+legal\s+reforms\s+have/);
    await leftPane().locator('.clause-selected').first().waitFor();
    await expect(leftPane().locator('.clause-selected .clause-text').first().textContent()).resolves.toMatch(/^Executive Summary: Recent legal reforms/);
  });

  it('opens the page view from a link, and with Alt+P from the selected clause', async () => {
    await session.page.goto(`${session.host.url}/clause/iipa-2017-two-columns/p4`);
    const clause = leftPane().locator('[data-clause="iipa-2017-two-columns/p4"]');
    await clause.waitFor();
    if ((await clause.getAttribute('aria-current')) !== 'true') await clause.locator('.clause-text').click();
    await session.page.keyboard.press('Alt+P');
    await rightPane().locator('.pdf-highlight').first().waitFor();
    expect(session.page.url()).toMatch(/\/page\/\d+\/iipa-2017-two-columns\b/);
  });

  it('offers the page of a PDF clause citing a provision, on the provision page', async () => {
    await session.page.goto(`${session.host.url}/provision/ru-civil-code:1229`);
    const jump = leftPane().locator('.clause-card', { has: session.page.locator('a[href*="iipa-2017-two-columns"]') }).locator('.page-jump').first();
    await jump.waitFor();
    await expect(jump.textContent()).resolves.toMatch(/^pp?\. \d/);
    await jump.click();
    await rightPane().locator('.pdf-highlight').first().waitFor();
  });
});

// End-to-end journeys in Chromium against the real web host: library, search, reader, trace, citations, deep links.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, SCREENSHOTS, startHost, type RunningHost } from './web-host.js';

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
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: 'light' });
  page = await context.newPage();
  problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/favicon/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
});

afterEach(async () => {
  await context?.close();
  // Uncaught exceptions or CSP violations fail the journey that caused them.
  expect(problems).toEqual([]);
});

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Calls the API from inside the page (same origin, as the renderer does). */
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

const leftPane = () => page.locator('section.pane[data-side="left"]');
const rightPane = () => page.locator('section.pane[data-side="right"]');
const hits = () => page.locator('#search-results [role="option"]');

/** Opens the app and waits until React has rendered the library. */
async function openApp(path = ''): Promise<void> {
  await page.goto(`${host.url}${path}`);
  await page.locator('#search-input').waitFor();
  await page.locator('.doc-link').first().waitFor();
}

describe('Lextrace in the browser', () => {
  it('shows the library grouped by kind with clause counts', async () => {
    await page.goto(host.url);
    const library = page.getByRole('complementary', { name: 'Library' });
    // The documents load after the page: wait for each group (isVisible alone does not wait).
    for (const group of ['Commitments', 'Reports', 'Cables', 'News', 'Statutes']) {
      await library.getByRole('heading', { name: group, exact: true }).waitFor({ state: 'visible' });
    }
    await expect(library.locator('.doc-link-meta').first().textContent()).resolves.toMatch(/\d[\d,]* clauses/);
    await shot('library');

    await library.getByRole('tab', { name: 'Provisions' }).click();
    await library.locator('.provision-link').first().waitFor();
    await shot('library-provisions');
    await library.getByRole('tab', { name: 'Commitments' }).click();
    await library.locator('.commitment-link').first().waitFor();
    await shot('library-commitments');
  });

  it('searches as you type and opens a result in the reader', async () => {
    await openApp();
    await page.keyboard.press('Control+k');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    await page.keyboard.type('takedown');
    const first = hits().first();
    await first.waitFor();
    await page.locator('.mark-hit').first().waitFor();
    // Every snippet marks the matched words themselves (highlights placed with snippetStart), never a neighbour.
    const marks = await page.locator('#search-results .mark-hit').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(await hits().count());
    for (const mark of marks) expect(mark).toMatch(/^takedowns?$/i);
    await shot('search');
    const label = await first.locator('.hit-label').textContent();
    await page.keyboard.press('Enter');
    const selected = leftPane().locator('.clause[aria-current="true"]');
    await selected.waitFor();
    await expect(selected.textContent()).resolves.toMatch(/takedown/i);
    expect(label).toBeTruthy();
    await expect(hits().count()).resolves.toBe(0);
    expect(new URL(page.url()).pathname).toMatch(/^\/doc\//);
    await shot('reader');
  });

  it('filters search with chips that edit the query', async () => {
    await page.goto(`${host.url}/search?q=${encodeURIComponent('piracy')}`);
    await hits().first().waitFor();
    await page.getByRole('button', { name: '+ Kind' }).click();
    await page.getByRole('combobox', { name: /Filter by kind/ }).fill('cab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('piracy kind:cable ');
    await page.locator('.chip').first().waitFor();
    await page.locator('#search-results[data-query="piracy kind:cable "]').waitFor();
    await hits().first().waitFor();
    const docs = await page.locator('.hit-doc').allTextContents();
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) expect(doc).toMatch(/cable/i);
    await shot('search-filtered');
  });

  it('marks Russian matches and shows negated filters as chips', async () => {
    await page.goto(`${host.url}/search?q=${encodeURIComponent('исключительного права -kind:cable')}`);
    await hits().first().waitFor();
    await page.locator('#search-results .mark-hit').first().waitFor();
    const marks = await page.locator('#search-results .mark-hit').allTextContents();
    for (const mark of marks) expect(mark).toMatch(/^(исключительн|прав)/i);
    await expect(page.locator('.chip-exclude').textContent()).resolves.toBe('Kind: not Cable×');
    await shot('search-russian');
    await page.getByRole('button', { name: 'Remove filter -kind:cable' }).click();
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('исключительного права ');
  });

  it('traces a commitment and reads the provision side by side', async () => {
    await openApp();
    await page.getByRole('tab', { name: 'Commitments' }).click();
    // "Seize and destroy goods that violate intellectual property rights…": the IIPA report ties it to Civil Code art. 1252(5).
    await page.locator('.commitment-link', { hasText: 'Seize and destroy' }).click();
    await leftPane().locator('.trace-page').waitFor();
    const item = leftPane().locator('.trace-item').first();
    await item.waitFor();
    await expect(item.locator('.trace-item-title').textContent()).resolves.toMatch(/1252\(5\)/);
    await shot('trace');
    await item.locator('.trace-item-title').click();
    await rightPane().locator('.provision-page').waitFor();
    const commitment = leftPane().locator('.clause[aria-current="true"]');
    await commitment.waitFor();
    await expect(commitment.textContent()).resolves.toContain('Seize and destroy');
    await expect(rightPane().locator('.provision-page h1, .provision-page h2').first().textContent()).resolves.toMatch(/1252\(5\)/);
    await shot('side-by-side-trace');
    // One Back undoes "read side by side": the trace again, alone.
    await page.goBack();
    await leftPane().locator('.trace-page').waitFor();
    await expect(page.locator('section.pane').count()).resolves.toBe(1);
  });

  it('follows a citation into the other pane', async () => {
    await page.goto(host.url);
    const citations = await callApi<{ clause: string; key: string }[]>('listCitations', { doc: 'iipa-2017-russia' });
    expect(citations.length).toBeGreaterThan(0);
    await page.goto(`${host.url}/clause/${citations[0]!.clause}`);
    const citation = leftPane().locator('.clause[aria-current="true"] a.mark-citation').first();
    await citation.waitFor();
    await citation.click();
    await rightPane().locator('.provision-page').waitFor();
    await rightPane().locator('.official-text .clause-card, .page-section .notice').first().waitFor();
    await shot('citation-side-by-side');
    await page.getByRole('button', { name: 'Swap panes' }).first().click();
    await leftPane().locator('.provision-page').waitFor();
    await page.getByRole('button', { name: 'Close pane' }).first().click();
    await expect(page.locator('section.pane').count()).resolves.toBe(1);
  });

  it('goes from a statute article in the reader to its provision page, with every clause citing it', async () => {
    await page.goto(`${host.url}/clause/ru-civil-code-part4/art1229`);
    const article = leftPane().locator('.clause[aria-current="true"]');
    await article.waitFor();
    await article.getByRole('button', { name: /Provision page: Civil Code art\. 1229$/ }).click();
    await rightPane().locator('.provision-page').waitFor();
    await expect(rightPane().locator('.page-title').textContent()).resolves.toBe('Civil Code art. 1229');
    const cited = await callApi<{ citedBy: unknown[] }>('getProvision', { key: 'ru-civil-code:1229' });
    await expect(rightPane().locator('.provision-page').textContent()).resolves.toContain(`Cited by ${cited.citedBy.length} clauses`);
  });

  it('opens deep links and survives Back', async () => {
    const docs = await (async () => {
      await page.goto(host.url);
      return callApi<{ id: string }[]>('listClauses', { doc: 'ru-civil-code-part4' });
    })();
    const target = docs[Math.floor(docs.length / 2)]!;
    await page.goto(`${host.url}/clause/${target.id}`);
    const selected = leftPane().locator('.clause[aria-current="true"]');
    await selected.waitFor();
    await expect(selected.getAttribute('data-clause')).resolves.toBe(target.id);
    await expect(selected.isVisible()).resolves.toBe(true);
    await shot('deep-link-clause');

    const provisions = await callApi<{ key: string }[]>('listProvisions', {});
    await page.goto(`${host.url}/provision/${provisions[0]!.key}`);
    await leftPane().locator('.provision-page').waitFor();
    await shot('provision');
    await page.goBack();
    await leftPane().locator('.clause[aria-current="true"]').waitFor();
  });

  it('restores the layout after a restart', async () => {
    await page.goto(`${host.url}/doc/action-plan-2012`);
    await leftPane().locator('.clause').first().waitFor();
    await page.goto(host.url);
    await leftPane().locator('.clause').first().waitFor();
    await expect(leftPane().getAttribute('aria-label')).resolves.toMatch(/Action Plan/);
  });

  it('can be used with the keyboard alone', async () => {
    await openApp();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('piracy');
    await hits().nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(hits().nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Alt+Enter');
    await leftPane().locator('.clause[aria-current="true"]').waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type(' enforcement');
    await hits().first().waitFor();
    await page.keyboard.press('Escape');
    await expect(hits().count()).resolves.toBe(0);
    await page.keyboard.press('Alt+t');
    await page.locator('.trace-page').waitFor();
    await shot('keyboard-trace');
  });

  it('virtualises a long statute and still scrolls to its end', async () => {
    await page.goto(host.url);
    const clauses = await callApi<{ id: string }[]>('listClauses', { doc: 'ru-criminal-code' });
    expect(clauses.length).toBeGreaterThan(1000);
    await page.goto(`${host.url}/doc/ru-criminal-code`);
    await leftPane().locator('.clause').first().waitFor();
    const rendered = await leftPane().locator('.clause').count();
    expect(rendered).toBeLessThan(120);
    await shot('reader-statute');
    const last = clauses[clauses.length - 1]!;
    // End and Home reach the last and first clause of 2,795, though most rows were never measured.
    await leftPane().locator('.reader-scroll').focus();
    await page.keyboard.press('End');
    const current = leftPane().locator('.clause[aria-current="true"]');
    await expect.poll(() => current.getAttribute('data-clause')).toBe(last.id);
    await expect.poll(() => current.isVisible()).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => current.getAttribute('data-clause')).toBe(clauses[0]!.id);
    await expect.poll(() => current.isVisible()).toBe(true);
    await page.goto(`${host.url}/clause/${last.id}`);
    await expect(leftPane().locator('.clause[aria-current="true"]').getAttribute('data-clause')).resolves.toBe(last.id);
  });

  it('renders markup in a document as text and runs none of it', async () => {
    await page.goto(host.url);
    const content = [
      'Injection test',
      '',
      'This paragraph mentions <img src=x onerror=window.__xss=1> as plain text.',
      '',
      'And this one <script>window.__xss=2</script> too.',
      '',
    ].join('\n');
    const data = Buffer.from(content, 'utf8').toString('base64');
    const report = await callApi<{ docId: string }>('importDocument', { fileName: 'xss-probe.txt', data });
    await page.goto(`${host.url}/doc/${report.docId}`);
    await leftPane().locator('.clause').first().waitFor();
    await page.getByText('<img src=x onerror=window.__xss=1>', { exact: false }).waitFor();
    await page.getByText('<script>window.__xss=2</script>', { exact: false }).waitFor();
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expect(page.locator('section.pane img, section.pane script').count()).resolves.toBe(0);
    await shot('xss-as-text');
    await callApi('removeDocument', { id: report.docId });
  });

  it('shows the new text at once after re-importing a changed document', async () => {
    await openApp();
    const upload = (text: string) =>
      page.locator('.import input[type="file"]').first().setInputFiles({ name: 'e2e-update-probe.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await upload('Update probe\n\nThe first version of this paragraph about notice and takedown.\n');
    await page.locator('.import-status', { hasText: 'imported' }).waitFor();
    await leftPane().getByText('The first version', { exact: false }).waitFor();
    await leftPane().locator('.clause').filter({ hasText: 'The first version' }).click();
    await leftPane().locator('.clause[aria-current="true"] .clause-links, .clause[aria-current="true"] .links-status').first().waitFor();

    await upload('Update probe\n\nThe second version of this paragraph about notice and takedown.\n');
    await page.locator('.import-status', { hasText: 'updated' }).waitFor();
    await leftPane().getByText('The second version', { exact: false }).waitFor();
    await expect(leftPane().getByText('The first version', { exact: false }).count()).resolves.toBe(0);
    await shot('import-updated');
    const docs = await callApi<{ id: string; file: string }[]>('listDocuments', {});
    await callApi('removeDocument', { id: docs.find((d) => d.file === 'e2e-update-probe.txt')!.id });
  });

  it('follows the dark system theme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${host.url}/doc/action-plan-2012`);
    await leftPane().locator('.clause').first().waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 24, 28)');
    await shot('reader-dark');
  });
});

// End-to-end journeys in Chromium against the real web host: library, search, reader, trace, citations, deep links.
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './session.js';

// Uncaught exceptions or CSP violations fail the journey that caused them.
const session = useE2eSession();
const { shot, callApi, openApp } = session;

const leftPane = () => session.page.locator('section.pane[data-side="left"]');
const rightPane = () => session.page.locator('section.pane[data-side="right"]');
const hits = () => session.page.locator('#search-results [role="option"]');

describe('Lextrace in the browser', () => {
  it('shows the library grouped by kind with clause counts', async () => {
    await session.page.goto(session.host.url);
    const library = session.page.getByRole('complementary', { name: 'Library' });
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
    await session.page.keyboard.press('Control+k');
    await expect(session.page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    await session.page.keyboard.type('takedown');
    const first = hits().first();
    await first.waitFor();
    await session.page.locator('.mark-hit').first().waitFor();
    // Every snippet marks the matched words themselves (highlights placed with snippetStart), never a neighbour.
    const marks = await session.page.locator('#search-results .mark-hit').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(await hits().count());
    for (const mark of marks) expect(mark).toMatch(/^takedowns?$/i);
    await shot('search');
    const label = await first.locator('.hit-label').textContent();
    await session.page.keyboard.press('Enter');
    const selected = leftPane().locator('.clause[aria-current="true"]');
    await selected.waitFor();
    await expect(selected.textContent()).resolves.toMatch(/takedown/i);
    expect(label).toBeTruthy();
    await expect(hits().count()).resolves.toBe(0);
    expect(new URL(session.page.url()).pathname).toMatch(/^\/doc\//);
    await shot('reader');
  });

  it('filters search with chips that edit the query', async () => {
    await session.page.goto(`${session.host.url}/search?q=${encodeURIComponent('piracy')}`);
    await hits().first().waitFor();
    await session.page.getByRole('button', { name: '+ Kind' }).click();
    await session.page.getByRole('combobox', { name: /Filter by kind/ }).fill('cab');
    await session.page.keyboard.press('Enter');
    await expect(session.page.locator('#search-input').inputValue()).resolves.toBe('piracy kind:cable ');
    await session.page.locator('.chip').first().waitFor();
    await session.page.locator('#search-results[data-query="piracy kind:cable "]').waitFor();
    await hits().first().waitFor();
    const docs = await session.page.locator('.hit-doc').allTextContents();
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) expect(doc).toMatch(/cable/i);
    await shot('search-filtered');
  });

  it('marks Russian matches and shows negated filters as chips', async () => {
    await session.page.goto(`${session.host.url}/search?q=${encodeURIComponent('исключительного права -kind:cable')}`);
    await hits().first().waitFor();
    await session.page.locator('#search-results .mark-hit').first().waitFor();
    const marks = await session.page.locator('#search-results .mark-hit').allTextContents();
    for (const mark of marks) expect(mark).toMatch(/^(исключительн|прав)/i);
    await expect(session.page.locator('.chip-exclude').textContent()).resolves.toBe('Kind: not Cable×');
    await shot('search-russian');
    await session.page.getByRole('button', { name: 'Remove filter -kind:cable' }).click();
    await expect(session.page.locator('#search-input').inputValue()).resolves.toBe('исключительного права ');
  });

  it('traces a commitment and reads the provision side by side', async () => {
    await openApp();
    await session.page.getByRole('tab', { name: 'Commitments' }).click();
    // "Seize and destroy goods that violate intellectual property rights…": the IIPA report ties it to Civil Code art. 1252(5).
    await session.page.locator('.commitment-link', { hasText: 'Seize and destroy' }).click();
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
    await session.page.goBack();
    await leftPane().locator('.trace-page').waitFor();
    await expect(session.page.locator('section.pane').count()).resolves.toBe(1);
  });

  it('follows a citation into the other pane', async () => {
    await session.page.goto(session.host.url);
    const citations = await callApi<{ clause: string; key: string }[]>('listCitations', { doc: 'iipa-2017-russia' });
    expect(citations.length).toBeGreaterThan(0);
    await session.page.goto(`${session.host.url}/clause/${citations[0]!.clause}`);
    const citation = leftPane().locator('.clause[aria-current="true"] a.mark-citation').first();
    await citation.waitFor();
    await citation.click();
    await rightPane().locator('.provision-page').waitFor();
    await rightPane().locator('.official-text .clause-card, .page-section .notice').first().waitFor();
    await shot('citation-side-by-side');
    await session.page.getByRole('button', { name: 'Swap panes' }).first().click();
    await leftPane().locator('.provision-page').waitFor();
    await session.page.getByRole('button', { name: 'Close pane' }).first().click();
    await expect(session.page.locator('section.pane').count()).resolves.toBe(1);
  });

  it('goes from a statute article in the reader to its provision page, with every clause citing it', async () => {
    await session.page.goto(`${session.host.url}/clause/ru-civil-code-part4/art1229`);
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
      await session.page.goto(session.host.url);
      return callApi<{ id: string }[]>('listClauses', { doc: 'ru-civil-code-part4' });
    })();
    const target = docs[Math.floor(docs.length / 2)]!;
    await session.page.goto(`${session.host.url}/clause/${target.id}`);
    const selected = leftPane().locator('.clause[aria-current="true"]');
    await selected.waitFor();
    await expect(selected.getAttribute('data-clause')).resolves.toBe(target.id);
    await expect(selected.isVisible()).resolves.toBe(true);
    await shot('deep-link-clause');

    const provisions = await callApi<{ key: string }[]>('listProvisions', {});
    await session.page.goto(`${session.host.url}/provision/${provisions[0]!.key}`);
    await leftPane().locator('.provision-page').waitFor();
    await shot('provision');
    await session.page.goBack();
    await leftPane().locator('.clause[aria-current="true"]').waitFor();
  });

  it('restores the layout after a restart', async () => {
    await session.page.goto(`${session.host.url}/doc/action-plan-2012`);
    await leftPane().locator('.clause').first().waitFor();
    await session.page.goto(session.host.url);
    await leftPane().locator('.clause').first().waitFor();
    await expect(leftPane().getAttribute('aria-label')).resolves.toMatch(/Action Plan/);
  });

  it('can be used with the keyboard alone', async () => {
    await openApp();
    await session.page.keyboard.press('Control+k');
    await session.page.keyboard.type('piracy');
    await hits().nth(1).waitFor();
    await session.page.keyboard.press('ArrowDown');
    await expect(hits().nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await session.page.keyboard.press('Alt+Enter');
    await leftPane().locator('.clause[aria-current="true"]').waitFor();
    await session.page.keyboard.press('Control+k');
    await session.page.keyboard.type(' enforcement');
    await hits().first().waitFor();
    await session.page.keyboard.press('Escape');
    await expect(hits().count()).resolves.toBe(0);
    await session.page.keyboard.press('Alt+t');
    await session.page.locator('.trace-page').waitFor();
    await shot('keyboard-trace');
  });

  it('virtualises a long statute and still scrolls to its end', async () => {
    await session.page.goto(session.host.url);
    const clauses = await callApi<{ id: string }[]>('listClauses', { doc: 'ru-criminal-code' });
    expect(clauses.length).toBeGreaterThan(1000);
    await session.page.goto(`${session.host.url}/doc/ru-criminal-code`);
    await leftPane().locator('.clause').first().waitFor();
    const rendered = await leftPane().locator('.clause').count();
    expect(rendered).toBeLessThan(120);
    await shot('reader-statute');
    const last = clauses[clauses.length - 1]!;
    // End and Home reach the last and first clause of 2,795, though most rows were never measured.
    await leftPane().locator('.reader-scroll').focus();
    await session.page.keyboard.press('End');
    const current = leftPane().locator('.clause[aria-current="true"]');
    await expect.poll(() => current.getAttribute('data-clause')).toBe(last.id);
    await expect.poll(() => current.isVisible()).toBe(true);
    await session.page.keyboard.press('Home');
    await expect.poll(() => current.getAttribute('data-clause')).toBe(clauses[0]!.id);
    await expect.poll(() => current.isVisible()).toBe(true);
    await session.page.goto(`${session.host.url}/clause/${last.id}`);
    await expect(leftPane().locator('.clause[aria-current="true"]').getAttribute('data-clause')).resolves.toBe(last.id);
  });

  it('renders markup in a document as text and runs none of it', async () => {
    await session.page.goto(session.host.url);
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
    await session.page.goto(`${session.host.url}/doc/${report.docId}`);
    await leftPane().locator('.clause').first().waitFor();
    await session.page.getByText('<img src=x onerror=window.__xss=1>', { exact: false }).waitFor();
    await session.page.getByText('<script>window.__xss=2</script>', { exact: false }).waitFor();
    await expect(session.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expect(session.page.locator('section.pane img, section.pane script').count()).resolves.toBe(0);
    await shot('xss-as-text');
    await callApi('removeDocument', { id: report.docId });
  });

  it('shows the new text at once after re-importing a changed document', async () => {
    await openApp();
    const upload = (text: string) =>
      session.page.locator('.import input[type="file"]').first().setInputFiles({ name: 'e2e-update-probe.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await upload('Update probe\n\nThe first version of this paragraph about notice and takedown.\n');
    await session.page.locator('.import-status', { hasText: 'imported' }).waitFor();
    await leftPane().getByText('The first version', { exact: false }).waitFor();
    await leftPane().locator('.clause').filter({ hasText: 'The first version' }).click();
    await leftPane().locator('.clause[aria-current="true"] .clause-links, .clause[aria-current="true"] .links-status').first().waitFor();

    await upload('Update probe\n\nThe second version of this paragraph about notice and takedown.\n');
    await session.page.locator('.import-status', { hasText: 'updated' }).waitFor();
    await leftPane().getByText('The second version', { exact: false }).waitFor();
    await expect(leftPane().getByText('The first version', { exact: false }).count()).resolves.toBe(0);
    await shot('import-updated');
    const docs = await callApi<{ id: string; file: string }[]>('listDocuments', {});
    await callApi('removeDocument', { id: docs.find((d) => d.file === 'e2e-update-probe.txt')!.id });
  });

  it('follows the dark system theme', async () => {
    await session.page.emulateMedia({ colorScheme: 'dark' });
    await session.page.goto(`${session.host.url}/doc/action-plan-2012`);
    await leftPane().locator('.clause').first().waitFor();
    const background = await session.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 24, 28)');
    await shot('reader-dark');
  });
});

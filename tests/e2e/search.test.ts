// Search and shared state in Chromium against the real web host: counts and more results, a citation's provision
// first, cited provisions on hits, the filter pickers, the URL of what is on screen, removing an import with Undo.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './session.js';
import { ROOT } from './web-host.js';

const session = useE2eSession({ viewport: { width: 1440, height: 900 }, perTest: false });
const { newPage, shot } = session;

const hits = () => session.page.locator('#search-results [role="option"]');
const footer = () => session.page.locator('.search-footer [role="status"]');
const leftPane = () => session.page.locator('section.pane[data-side="left"]');
const rightPane = () => session.page.locator('section.pane[data-side="right"]');

async function search(query: string, path = ''): Promise<void> {
  await session.page.goto(`${session.host.url}${path}`);
  await session.page.locator('#search-input').waitFor();
  await session.page.keyboard.press('Control+k');
  await session.page.keyboard.type(query);
  await session.page.locator(`#search-results[data-query="${query}"]`).waitFor();
}

describe('search results', () => {
  it('says how many clauses match and loads more on demand', async () => {
    await newPage();
    await search('право');
    await expect.poll(() => footer().textContent()).toMatch(/^[\d,]+ clauses match · showing 30$/);
    const total = Number((await footer().textContent())!.replace(/,/g, '').match(/^\d+/)![0]);
    expect(total).toBeGreaterThan(500);
    await expect(hits().count()).resolves.toBe(30);
    await session.page.getByRole('button', { name: /^Show 30 more$/ }).click();
    await expect.poll(() => hits().count()).toBe(60);
    await expect(footer().textContent()).resolves.toMatch(/showing 60$/);
    // Scrolling to the end of the list loads the next page too.
    await session.page.locator('#search-results').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await expect.poll(() => hits().count()).toBe(90);
    const ids = await hits().evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts clauses with the words as a phrase first for an unquoted query', async () => {
    await newPage();
    await search('notice and takedown');
    const texts = await session.page.locator('#search-results .hit-text').allTextContents();
    expect(texts[0]).toMatch(/notice and takedown/i);
    expect(texts[1]).toMatch(/notice and takedown/i);
    await shot('search-phrase-first');
  });

  it('shows a provision without text first, with its citing clauses counted, and opens its page', async () => {
    await newPage();
    await search('Article 7.12');
    const first = hits().first();
    await expect(first.locator('.hit-label').textContent()).resolves.toBe('Administrative Code art. 7.12');
    await expect(first.locator('.hit-text').textContent()).resolves.toMatch(/no text in the corpus · cited by 2 clauses/);
    // The clauses citing it carry it as a chip, though their snippets may cut the citation off.
    await expect(hits().nth(1).locator('.cite-chip').allTextContents()).resolves.toContain('cites Administrative Code art. 7.12');
    await shot('search-provision-entry');
    await session.page.keyboard.press('Enter');
    await leftPane().locator('.provision-page').waitFor();
    await expect(leftPane().locator('.page-title').textContent()).resolves.toBe('Administrative Code art. 7.12');
  });

  it('picks a cited provision by typing, grouped by instrument, most cited first', async () => {
    await newPage();
    await search('piracy');
    await session.page.getByRole('button', { name: '+ Cites' }).click();
    const groups = await session.page.locator('.filter-group').allTextContents();
    expect(groups.length).toBeGreaterThan(2);
    expect(new Set(groups).size).toBe(groups.length);
    await session.page.getByRole('combobox', { name: /Filter by cites/ }).fill('1229');
    const options = session.page.locator('.filter-options [role="option"]');
    await expect(options.first().textContent()).resolves.toMatch(/Civil Code art\. 1229/);
    await shot('search-cites-picker');
    await session.page.keyboard.press('Enter');
    await expect(session.page.locator('#search-input').inputValue()).resolves.toBe('piracy cites:ru-civil-code:1229 ');
    await expect(session.page.locator('.chip').first().textContent()).resolves.toBe('Cites: Civil Code art. 1229×');
  });

  it('filters by the documents’ dates, a year picked or a range typed', async () => {
    await newPage();
    await search('piracy');
    await session.page.getByRole('button', { name: '+ Date' }).click();
    await session.page.getByRole('combobox', { name: /Filter by date/ }).fill('2009..2012');
    await session.page.keyboard.press('Enter');
    await expect(session.page.locator('#search-input').inputValue()).resolves.toBe('piracy date:2009..2012 ');
    await session.page.locator('#search-results[data-query="piracy date:2009..2012 "]').waitFor();
    await expect(session.page.locator('.chip').first().textContent()).resolves.toBe('Date: 2009 to 2012×');
    const docs = new Set(await session.page.locator('#search-results .hit-doc').allTextContents());
    for (const doc of docs) expect(doc).not.toMatch(/IIPA 2017|Belarus/);
    expect(docs.size).toBeGreaterThan(0);
  });
});

describe('state in the URL', () => {
  it('keeps the search in the URL while the palette is open, and drops it when a result opens', async () => {
    await newPage();
    await search('camcording kind:report');
    await expect.poll(() => new URL(session.page.url()).searchParams.get('q')).toBe('camcording kind:report');
    await session.page.keyboard.press('Enter');
    await leftPane().locator('.clause[aria-current="true"]').waitFor();
    await expect.poll(() => new URL(session.page.url()).searchParams.get('q')).toBeNull();
    await session.page.goBack();
    await expect.poll(() => session.page.locator('#search-input').inputValue()).toBe('camcording kind:report');
    await hits().first().waitFor();
  });

  it('opens a side-by-side link in a fresh window with both panes and the selected clauses', async () => {
    await newPage();
    await session.page.goto(session.host.url);
    await session.page.locator('.doc-link').first().waitFor();
    await session.page.getByRole('tab', { name: 'Commitments' }).click();
    await session.page.locator('.commitment-link', { hasText: 'Seize and destroy' }).click();
    const item = leftPane().locator('.trace-item').first();
    await item.waitFor();
    await item.locator('.trace-item-title').click();
    await rightPane().locator('.provision-page').waitFor();
    const link = session.page.url();
    expect(new URL(link).searchParams.get('other')).toBeTruthy();
    await session.context.close();

    await newPage();
    await session.page.goto(link);
    await rightPane().locator('.provision-page').waitFor();
    await expect(leftPane().locator('.clause[aria-current="true"]').textContent()).resolves.toMatch(/Seize and destroy/);
    await expect(rightPane().locator('.page-title').textContent()).resolves.toMatch(/1252\(5\)/);
    await expect(session.page.locator('section.pane.pane-active').getAttribute('data-side')).resolves.toBe('right');
    await shot('side-by-side-from-link');
  });
});

describe('long operations', () => {
  it('shows the progress of indexing the corpus on a first start, then the library', async () => {
    await newPage();
    const dir = mkdtempSync(join(tmpdir(), 'lextrace-e2e-first-'));
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'lextrace.js'), 'serve', '--port', '0', '--db', join(dir, 'first.db')], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).once('line', (line) => resolve(line.trim()));
        child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      await session.page.goto(url);
      const banner = session.page.locator('.progress-banner');
      await banner.waitFor();
      await expect(banner.textContent()).resolves.toMatch(/^Indexing the corpus/);
      await shot('progress-first-start');
      await banner.waitFor({ state: 'detached', timeout: 120_000 });
      await session.page.locator('.doc-link', { hasText: 'Уголовный кодекс' }).waitFor();
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('imports several files with a progress bar and says how it went', async () => {
    await newPage();
    await session.page.goto(session.host.url);
    await session.page.locator('.doc-link').first().waitFor();
    const files = ['One', 'Two', 'Three'].map((n) => ({ name: `Batch ${n}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Batch memo ${n}\n\n1. Paragraph ${n} on piracy.\n`) }));
    await session.page.locator('input[type="file"]').setInputFiles(files);
    await session.page.locator('.import-status', { hasText: 'Imported 3 of 3 files.' }).waitFor();
    for (const n of ['One', 'Two', 'Three']) await session.page.locator('.doc-item', { hasText: `Batch memo ${n}` }).waitFor();
    await leftPane().locator('.clause', { hasText: 'Paragraph Three' }).waitFor();
  });
});

describe('removing an imported document', () => {
  it('asks first, removes it from the library and brings it back with Undo', async () => {
    await newPage();
    await session.page.goto(session.host.url);
    await session.page.locator('.doc-link').first().waitFor();
    const text = 'Memo on camcording\n\n1. Camcording in cinemas is the first source of pirated films.\n';
    await session.page.locator('input[type="file"]').setInputFiles({ name: 'Camcording memo.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    const memo = session.page.locator('.doc-item', { hasText: 'Memo on camcording' });
    await memo.waitFor();
    // Shipped documents offer no removal.
    await expect(session.page.locator('.doc-item').filter({ hasText: 'IIPA 2017' }).getByRole('button', { name: /^Remove/ }).count()).resolves.toBe(0);
    await memo.getByRole('button', { name: /^Remove/ }).click();
    const dialog = session.page.getByRole('dialog', { name: /Remove “Memo on camcording/ });
    await dialog.waitFor();
    await shot('remove-document-dialog');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(memo.count()).resolves.toBe(1);
    await memo.getByRole('button', { name: /^Remove/ }).click();
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await memo.waitFor({ state: 'detached' });
    await expect(leftPane().count()).resolves.toBe(0);
    await session.page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await memo.waitFor();
    await leftPane().locator('.clause', { hasText: 'Camcording in cinemas' }).waitFor();
  });
});

describe('screenshots', () => {
  for (const [width, height] of [
    [1440, 900],
    [1024, 700],
  ] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`search and side by side at ${width}, ${theme}`, async () => {
        await newPage({ viewport: { width, height }, colorScheme: theme });
        await search('исключительное право');
        await shot(`search-${theme}-${width}`);
        const other = encodeURIComponent('/provision/ru-civil-code:1229');
        await session.page.goto(`${session.host.url}/clause/iipa-2017-russia/deficiencies-russian-legal-regime/p4?other=${other}`);
        await rightPane().locator('.provision-page').waitFor();
        await shot(`side-by-side-${theme}-${width}`);
      });
    }
  }
});

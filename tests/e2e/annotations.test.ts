// End-to-end journeys of the annotator in Chromium against the real web host: select and annotate, highlights and
// their cards, the panel, bulk tagging and undo, the Tags view, export and re-import, notes shown as text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnnotationDto, TagDto, UndoState } from '../../shared/core/api/annotation-dto.js';
import { useE2eSession } from './session.js';

// Uncaught exceptions or CSP violations fail the journey that caused them.
const session = useE2eSession({ acceptDownloads: true });
const { shot, callApi, axeViolations } = session;

const SEIZE = 'action-plan-2012/I.A.2.c';
const RAIDS = 'action-plan-2012/I.A.2.b';

/** Removes every annotation carrying one of `tags` and the tags themselves, so journeys do not see each other's data. */
async function cleanTags(...tags: string[]): Promise<void> {
  for (const tag of tags) {
    for (const a of await callApi<AnnotationDto[]>('listAnnotations', { tag })) await callApi('deleteAnnotation', { id: a.id });
    await callApi('deleteTag', { name: tag });
  }
}

async function clauseText(id: string): Promise<string> {
  return (await callApi<{ text: string }>('getClause', { id })).text;
}

const leftPane = () => session.page.locator('section.pane[data-side="left"]');
const dialog = () => session.page.getByRole('dialog');
const toast = () => session.page.locator('.toast');

/** A point on the screen at a character boundary of a clause's text in the reader. */
async function pointAt(clause: string, offset: number, side: 'before' | 'after'): Promise<{ x: number; y: number }> {
  return session.page.evaluate(
    ([id, at, edge]) => {
      const el = document.querySelector(`[data-clause-text="${CSS.escape(id)}"]`);
      if (!el) throw new Error(`clause ${id} is not rendered`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let left = at;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (left < node.data.length) {
          const range = document.createRange();
          range.setStart(node, left);
          range.setEnd(node, left + 1);
          const rect = range.getClientRects()[0]!;
          return { x: edge === 'before' ? rect.left + 0.5 : rect.right - 0.5, y: rect.top + rect.height / 2 };
        }
        left -= node.data.length;
      }
      throw new Error(`offset ${at} is past the text of ${id}`);
    },
    [clause, offset, side] as const,
  );
}

/** Drags the mouse from `start` in one clause to `end` (exclusive) in another, as a person selects text. */
async function selectWithMouse(fromClause: string, start: number, toClause: string, end: number): Promise<void> {
  const a = await pointAt(fromClause, start, 'before');
  const b = await pointAt(toClause, end - 1, 'after');
  await session.page.mouse.move(a.x, a.y);
  await session.page.mouse.down();
  await session.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await session.page.mouse.move(b.x, b.y, { steps: 4 });
  await session.page.mouse.up();
}

async function openClause(id: string): Promise<void> {
  await session.page.goto(`${session.host.url}/clause/${id}`);
  await leftPane().locator(`[data-clause-text="${id}"]`).waitFor();
}

describe('The annotator in the browser', () => {
  it('annotates a mouse selection with a tag and a note, and shows it again after a reload', async () => {
    await session.page.goto(session.host.url);
    await cleanTags('Enforcement', 'Raids');
    const text = await clauseText(SEIZE);
    const start = text.indexOf('destroy goods');
    const end = start + 'destroy goods'.length;
    await openClause(SEIZE);

    await selectWithMouse(SEIZE, start, SEIZE, end);
    await expect(session.page.evaluate(() => window.getSelection()?.toString())).resolves.toBe('destroy goods');
    await session.page.getByRole('button', { name: /^Annotate/ }).and(session.page.locator('.selection-action')).click();
    await dialog().waitFor();
    await expect(dialog().locator('.dialog-quote').textContent()).resolves.toBe('destroy goods');
    // The tag box has the focus; completion is case-insensitive and Enter adds the tag.
    await expect(session.page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('combobox');
    await session.page.keyboard.type('Enforcement');
    await session.page.keyboard.press('Enter');
    await dialog().getByLabel('Note').fill('Line one\nLine two');
    await shot('annotations-dialog');
    await expect(axeViolations(['dialog'])).resolves.toEqual([]);
    await dialog().getByRole('button', { name: 'Save' }).click();
    await dialog().waitFor({ state: 'detached' });

    const [saved] = await callApi<AnnotationDto[]>('listAnnotations', { tag: 'enforcement' });
    expect(saved).toMatchObject({ note: 'Line one\nLine two', tags: [{ name: 'Enforcement' }] });
    expect(saved!.targets).toHaveLength(1);
    expect(saved!.targets[0]).toMatchObject({ clause: SEIZE, start, end, exact: 'destroy goods', status: 'anchored' });

    const highlight = leftPane().locator(`mark.mark-annotation[data-annotations~="${saved!.id}"]`);
    await expect(highlight.allTextContents()).resolves.toEqual(['destroy goods']);

    // A selection across two clauses is one annotation with one target per clause.
    const raids = await clauseText(RAIDS);
    await selectWithMouse(RAIDS, raids.indexOf('warehouses'), SEIZE, 'Seize and'.length);
    await session.page.keyboard.press('a');
    await dialog().waitFor();
    await session.page.keyboard.type('Raids');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Enter'); // Enter on the empty tag box saves
    await dialog().waitFor({ state: 'detached' });
    const [spanning] = await callApi<AnnotationDto[]>('listAnnotations', { tag: 'Raids' });
    expect(spanning!.targets.map((t) => [t.clause, t.exact])).toEqual([
      [RAIDS, raids.slice(raids.indexOf('warehouses'))],
      [SEIZE, 'Seize and'],
    ]);

    await session.page.reload();
    await highlight.first().waitFor();
    await expect(highlight.allTextContents()).resolves.toEqual(['destroy goods']);
    await highlight.first().hover();
    const card = session.page.getByRole('tooltip');
    await card.waitFor();
    await expect(card.locator('.tag-chip').allTextContents()).resolves.toContain('Enforcement');
    await expect(card.locator('.note-text').innerText()).resolves.toBe('Line one\nLine two');
    await shot('annotations-reader');

    // The keyboard reaches a highlight; focus shows its card; Enter edits it in place.
    await session.page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
    await leftPane().locator(`mark[tabindex="0"][data-annotations~="${saved!.id}"]`).focus();
    await card.waitFor();
    await session.page.keyboard.press('Enter');
    await dialog().waitFor();
    await expect(dialog().getByRole('heading').textContent()).resolves.toBe('Edit annotation');
    await dialog().getByLabel('Note').fill('Edited note');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => (await callApi<AnnotationDto[]>('listAnnotations', { tag: 'Enforcement' }))[0]?.note).toBe('Edited note');

    // Escape closes a dialog and gives the focus back.
    await leftPane().locator(`mark[tabindex="0"][data-annotations~="${saved!.id}"]`).focus();
    await session.page.keyboard.press('Enter');
    await dialog().waitFor();
    await session.page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    await expect(session.page.evaluate(() => document.activeElement?.getAttribute('data-annotations'))).resolves.toContain(saved!.id);
  });

  it('lists the document’s annotations in the panel, deletes one in place and brings it back with Ctrl+Z', async () => {
    await session.page.goto(session.host.url);
    await cleanTags('Panel');
    const text = await clauseText(SEIZE);
    const at = (words: string) => ({ clause: SEIZE, start: text.indexOf(words), end: text.indexOf(words) + words.length });
    await callApi('createAnnotation', { targets: [at('intellectual property rights')], tags: ['Panel'], note: 'Overlaps the next one' });
    await callApi('createAnnotation', { targets: [at('property rights and the equipment')], note: 'No tag: a neutral highlight' });
    await openClause(SEIZE);
    await session.page.getByRole('button', { name: 'Annotations', exact: true }).click();
    const panel = session.page.getByRole('complementary', { name: 'Annotations of this document' });
    await panel.locator('.annotation-item').first().waitFor();
    await expect(panel.locator('.annotation-quote').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['intellectual property rights', 'property rights and the equipment']),
    );
    // Overlapping ranges: the shared words carry both annotations.
    await expect(leftPane().locator('mark.mark-annotation', { hasText: /^property rights$/ }).getAttribute('data-annotations')).resolves.toMatch(/\S+ \S+/);
    await shot('annotations-panel');
    await session.page.emulateMedia({ colorScheme: 'dark' });
    await shot('annotations-panel-dark');
    await session.page.emulateMedia({ colorScheme: 'light' });
    await expect(axeViolations(['.annotations-panel', `[data-clause-text="${SEIZE}"]`])).resolves.toEqual([]);

    await panel.getByRole('combobox', { name: 'Show annotations with tag' }).selectOption('Panel');
    await expect(panel.locator('.annotation-item').count()).resolves.toBe(1);
    await panel.locator('.annotation-item').getByRole('button', { name: 'Delete' }).click();
    await toast().filter({ hasText: 'Deleted the annotation' }).waitFor();
    await expect.poll(() => panel.locator('.annotation-item').count()).toBe(0);
    await session.page.locator('body').click({ position: { x: 700, y: 880 } });
    await session.page.keyboard.press('Control+z');
    await toast().filter({ hasText: /^Undone: / }).waitFor();
    await expect.poll(() => panel.locator('.annotation-item').count()).toBe(1);
    await panel.getByRole('combobox', { name: 'Show annotations with tag' }).selectOption('');
    await cleanTags('Panel');
    for (const a of await callApi<AnnotationDto[]>('listAnnotations', { doc: 'action-plan-2012' })) {
      if (a.tags.length === 0) await callApi('deleteAnnotation', { id: a.id });
    }
  });

  it('tags every search result after showing the count, and undoes it with Ctrl+Z but not inside the search box', async () => {
    await session.page.goto(session.host.url);
    await cleanTags('bulk-piracy');
    await session.page.locator('#search-input').waitFor();
    await session.page.keyboard.press('Control+k');
    await session.page.keyboard.type('camcord');
    await session.page.locator('#search-results[data-query="camcord"] [role="option"]').first().waitFor();
    await session.page.getByRole('button', { name: 'Tag all results…' }).click();
    await dialog().waitFor();
    const count = dialog().locator('.bulk-count');
    await expect.poll(() => count.textContent()).toMatch(/^\d+ clauses? in scope\.$/);
    const inScope = Number((await count.textContent())!.match(/^\d+/)![0]);
    const dry = await callApi<{ clauses: number }>('bulkTag', { query: 'camcord', tag: 'bulk-piracy', dryRun: true });
    expect(inScope).toBe(dry.clauses);
    await dialog().getByLabel('Tag').fill('bulk-piracy');
    await shot('annotations-bulk');
    await dialog().getByRole('button', { name: `Tag ${inScope} ${inScope === 1 ? 'clause' : 'clauses'}` }).click();
    await toast().filter({ hasText: 'Tagged' }).waitFor();
    const tagged = async () => (await callApi<TagDto[]>('listTags', {})).find((t) => t.name === 'bulk-piracy')?.count ?? 0;
    await expect.poll(tagged).toBe(inScope);

    // In the search box Ctrl+Z is the text box's own undo.
    await session.page.locator('#search-input').focus();
    await session.page.keyboard.press('Control+z');
    await expect(callApi<UndoState>('getHistory', {})).resolves.toMatchObject({ canUndo: true });
    expect(await tagged()).toBe(inScope);
    await session.page.keyboard.press('Escape');

    await session.page.locator('body').click({ position: { x: 700, y: 880 } });
    await session.page.keyboard.press('Control+z');
    await toast().filter({ hasText: /^Undone: / }).waitFor();
    await expect.poll(tagged).toBe(0);
    await session.page.keyboard.press('Control+Shift+Z');
    await toast().filter({ hasText: /^Redone: / }).waitFor();
    await expect.poll(tagged).toBe(inScope);
    await session.page.keyboard.press('Control+y'); // nothing left to redo
    await toast().filter({ hasText: 'Nothing to redo.' }).waitFor();
    await cleanTags('bulk-piracy');
  });

  it('tags every clause citing a provision from its page and lists their annotations there', async () => {
    await session.page.goto(`${session.host.url}/provision/ru-civil-code:1229`);
    await cleanTags('cites-1229');
    await session.page.getByRole('button', { name: 'Tag every clause citing this provision…' }).click();
    await dialog().waitFor();
    await expect.poll(() => dialog().locator('.bulk-count').textContent()).toMatch(/^\d+ clauses in scope\.$/);
    await dialog().getByLabel('Tag').fill('cites-1229');
    await dialog().getByRole('button', { name: /^Tag \d+ clauses$/ }).click();
    await toast().filter({ hasText: 'Tagged' }).waitFor();
    const section = session.page.locator('section[aria-labelledby="provision-annotations"]');
    await expect.poll(() => section.locator('.annotation-item').count()).toBeGreaterThan(0);
    const listed = await callApi<AnnotationDto[]>('listAnnotations', { provision: 'ru-civil-code:1229' });
    await expect(section.locator('.annotation-item').count()).resolves.toBe(listed.length);
    await cleanTags('cites-1229');
  });

  it('shows tags with counts in the Library, opens their passages, and renames, merges, recolours and deletes them', async () => {
    await session.page.goto(session.host.url);
    await cleanTags('Alpha', 'Beta', 'Gamma', 'Alpha renamed');
    const text = await clauseText(SEIZE);
    const alpha = await callApi<AnnotationDto>('createAnnotation', { targets: [{ clause: SEIZE, start: 0, end: 5 }], tags: ['Alpha'] });
    await callApi('createAnnotation', { targets: [{ clause: SEIZE, start: 10, end: 17 }], tags: ['Alpha', 'Beta'], note: 'Both' });
    await callApi('createAnnotation', { targets: [{ clause: RAIDS, start: 0, end: 7 }], tags: ['Gamma'] });
    await session.page.reload();
    await session.page.getByRole('tab', { name: 'Tags' }).click();
    const tags = session.page.getByRole('list', { name: 'Tags', exact: true });
    const row = (name: string) => tags.locator('.tag-row').filter({ has: session.page.locator('.tag-name-text', { hasText: new RegExp(`^${name}$`) }) });
    await row('Alpha').waitFor();
    await expect(row('Alpha').locator('.count').textContent()).resolves.toBe('2');
    await row('Alpha').locator('.tag-name').click();
    const passages = row('Alpha').locator('.passage-link');
    await expect.poll(() => passages.count()).toBe(2);
    await expect(passages.locator('.passage-quote').allTextContents()).resolves.toEqual([text.slice(0, 5), text.slice(10, 17)]);
    await shot('annotations-tags-view');
    await expect(axeViolations(['.tags-view'])).resolves.toEqual([]);

    await passages.first().click();
    await expect.poll(() => leftPane().locator('.clause[aria-current="true"]').getAttribute('data-clause')).toBe(SEIZE);

    await row('Alpha').locator('input[type="color"]').fill('#d01c8b');
    await row('Alpha').getByRole('button', { name: 'Rename tag Alpha' }).waitFor(); // actions of the open tag
    await expect.poll(async () => (await callApi<TagDto[]>('listTags', {})).find((t) => t.name === 'Alpha')?.color).toBe('#d01c8b');
    await expect
      .poll(() => leftPane().locator(`mark.mark-annotation[data-annotations~="${alpha.id}"]`).first().evaluate((el) => getComputedStyle(el).boxShadow))
      .toContain('rgb(208, 28, 139)');

    await row('Alpha').getByRole('button', { name: 'Rename tag Alpha' }).click();
    await row('Alpha').getByLabel('New name for Alpha').fill('Alpha renamed');
    await session.page.keyboard.press('Enter');
    await row('Alpha renamed').waitFor();

    await row('Gamma').locator('.tag-name').click();
    await row('Gamma').getByRole('button', { name: 'Merge tag Gamma into another' }).click();
    await row('Gamma').getByLabel('Merge Gamma into').selectOption('Beta');
    await row('Gamma').getByRole('button', { name: 'Merge', exact: true }).click();
    await row('Gamma').waitFor({ state: 'detached' });
    await expect.poll(() => row('Beta').locator('.count').textContent()).toBe('2');

    await row('Beta').locator('.tag-name').click();
    await row('Beta').getByRole('button', { name: 'Delete tag Beta' }).click();
    await row('Beta').getByRole('button', { name: 'Delete tag', exact: true }).click();
    await row('Beta').waitFor({ state: 'detached' });
    // Deleting a tag keeps the annotations.
    await expect(callApi<AnnotationDto[]>('listAnnotations', { doc: 'action-plan-2012' }).then((l) => l.some((a) => a.note === 'Both'))).resolves.toBe(true);
    await cleanTags('Alpha renamed');
    for (const a of await callApi<AnnotationDto[]>('listAnnotations', { doc: 'action-plan-2012' })) {
      if (a.tags.length === 0) await callApi('deleteAnnotation', { id: a.id });
    }
  });

  it('exports JSON-LD and CSV as downloads, and the JSON-LD file imports back with a report', async () => {
    await session.page.goto(session.host.url);
    await cleanTags('Exported');
    await callApi('createAnnotation', { targets: [{ clause: SEIZE, start: 0, end: 5 }], tags: ['Exported'], note: 'Round trip' });
    await session.page.reload();
    await session.page.getByRole('tab', { name: 'Tags' }).click();
    const footer = session.page.locator('.tags-view .library-footer');
    await footer.getByRole('button', { name: 'Export JSON-LD' }).waitFor();

    const [jsonld] = await Promise.all([session.page.waitForEvent('download'), footer.getByRole('button', { name: 'Export JSON-LD' }).click()]);
    expect(jsonld.suggestedFilename()).toMatch(/\.jsonld$/);
    const jsonPath = await jsonld.path();
    const content = readFileSync(jsonPath, 'utf8');
    expect(content).toContain('Round trip');
    const [csv] = await Promise.all([session.page.waitForEvent('download'), footer.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(readFileSync(await csv.path(), 'utf8')).toContain('Round trip');

    await cleanTags('Exported');
    await session.page.getByTestId('annotation-import-input').setInputFiles({ name: 'exported.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(content) });
    await dialog().waitFor();
    await expect(dialog().getByRole('heading').textContent()).resolves.toBe('Imported exported.jsonld');
    const added = await dialog().locator('.report-row', { hasText: 'Added' }).locator('dd').textContent();
    expect(Number(added)).toBeGreaterThan(0);
    await session.page.keyboard.press('Escape');
    const back = await callApi<AnnotationDto[]>('listAnnotations', { tag: 'Exported' });
    expect(back.map((a) => a.note)).toEqual(['Round trip']);
    await cleanTags('Exported');
  });

  it('shows a note holding markup as text and runs none of it', async () => {
    await session.page.goto(session.host.url);
    await cleanTags('xss');
    const note = '<img src=x onerror=window.__xss=1>';
    await openClause(SEIZE); // selects the clause
    await leftPane().locator(`.clause[aria-current="true"][data-clause="${SEIZE}"]`).waitFor();
    await leftPane().locator('.reader-scroll').focus();
    await session.page.keyboard.press('a'); // the whole selected clause
    await dialog().waitFor();
    await session.page.keyboard.type('xss');
    await session.page.keyboard.press('Enter');
    await dialog().getByLabel('Note').fill(note);
    await dialog().getByRole('button', { name: 'Save' }).click();
    await dialog().waitFor({ state: 'detached' });
    const [saved] = await callApi<AnnotationDto[]>('listAnnotations', { tag: 'xss' });
    expect(saved!.targets[0]).toMatchObject({ start: 0, end: (await clauseText(SEIZE)).length });

    await session.page.getByRole('button', { name: 'Annotations', exact: true }).click();
    await session.page.locator('.annotations-panel .note-text', { hasText: note }).waitFor();
    await leftPane().locator(`mark[tabindex="0"][data-annotations~="${saved!.id}"]`).first().hover();
    await session.page.getByRole('tooltip').locator('.note-text', { hasText: note }).waitFor();
    await expect(session.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expect(session.page.locator('section.pane img, .annotation-card img').count()).resolves.toBe(0);
    await shot('annotations-note-as-text');
    await cleanTags('xss');
    await callApi('deleteAnnotation', { id: saved!.id });
  });

  it('lists an annotation whose text changed as orphaned and re-attaches it to a new selection', async () => {
    await session.page.goto(session.host.url);
    await cleanTags('Moved');
    const upload = (text: string) =>
      callApi<{ docId: string }>('importDocument', { fileName: 'e2e-orphan-probe.txt', data: Buffer.from(text).toString('base64') });
    const { docId } = await upload('Orphan probe\n\nThe licence fee is payable within thirty days of the invoice.\n');
    const [first] = await callApi<{ id: string; text: string }[]>('listClauses', { doc: docId }).then((l) => l.filter((c) => c.text.includes('licence')));
    const words = 'within thirty days';
    await callApi('createAnnotation', {
      targets: [{ clause: first!.id, start: first!.text.indexOf(words), end: first!.text.indexOf(words) + words.length }],
      tags: ['Moved'],
    });
    await upload('Orphan probe\n\nThe licence fee is payable no later than sixty days after delivery.\n');
    await session.page.goto(`${session.host.url}/doc/${docId}`);
    await session.page.getByRole('button', { name: 'Annotations', exact: true }).click();
    const panel = session.page.getByRole('complementary', { name: 'Annotations of this document' });
    const orphan = panel.locator('.annotation-orphaned');
    await orphan.waitFor();
    await expect(orphan.locator('.annotation-quote').textContent()).resolves.toBe(words);
    await orphan.getByRole('button', { name: 'Re-attach…' }).click();
    await session.page.locator('.reattach-banner').waitFor();

    const [clause] = await callApi<{ id: string; text: string }[]>('listClauses', { doc: docId }).then((l) => l.filter((c) => c.text.includes('licence')));
    const now = 'sixty days';
    await selectWithMouse(clause!.id, clause!.text.indexOf(now), clause!.id, clause!.text.indexOf(now) + now.length);
    await session.page.getByRole('button', { name: /^Re-attach here/ }).click();
    await toast().filter({ hasText: 'Re-attached' }).waitFor();
    await session.page.locator('.reattach-banner').waitFor({ state: 'detached' });
    await expect.poll(() => orphan.count()).toBe(0);
    const [moved] = await callApi<AnnotationDto[]>('listAnnotations', { tag: 'Moved' });
    expect(moved).toMatchObject({ status: 'anchored', targets: [{ clause: clause!.id, exact: now }] });
    await cleanTags('Moved');
    await callApi('removeDocument', { id: docId });
  });

  it('records the author name from Settings on new annotations', async () => {
    await session.page.goto(session.host.url);
    await session.page.getByRole('button', { name: 'Settings' }).click();
    await dialog().waitFor();
    const name = dialog().getByLabel('Your name on annotations');
    await expect.poll(() => name.isEnabled()).toBe(true);
    await name.fill('A. Lawyer');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await toast().filter({ hasText: 'A. Lawyer' }).waitFor();
    await expect(callApi<{ author: string }>('getSettings', {})).resolves.toEqual({ author: 'A. Lawyer' });
    const created = await callApi<AnnotationDto>('createAnnotation', { targets: [{ clause: SEIZE, start: 0, end: 5 }] });
    expect(created.creator).toBe('A. Lawyer');
    await callApi('deleteAnnotation', { id: created.id });
  });
});

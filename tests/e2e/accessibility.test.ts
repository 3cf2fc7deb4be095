// Accessibility and layout in Chromium against the real web host: axe-core on every main view (start, reader, search
// open, trace, provision, side by side) in light and dark themes must find no serious or critical violation; keyboard
// focus follows what opens; the library collapses at 1024 × 700; screenshots at 1440 and 1024, light and dark.
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './session.js';

const session = useE2eSession({ viewport: { width: 1440, height: 900 }, perTest: false });
const { newPage, shot, openApp, axeViolations } = session;

const leftPane = () => session.page.locator('section.pane[data-side="left"]');
const rightPane = () => session.page.locator('section.pane[data-side="right"]');

/** The main views, each reached from a fresh page; `check` runs in each. */
const VIEWS: { name: string; open(): Promise<void> }[] = [
  {
    name: 'start',
    open: () => openApp(),
  },
  {
    name: 'reader',
    async open() {
      await openApp('/clause/action-plan-2012/I.A.2.c');
      await leftPane().locator('.clause[aria-current="true"] .clause-links').waitFor();
    },
  },
  {
    name: 'search',
    async open() {
      await openApp(`/search?q=${encodeURIComponent('notice and takedown')}`);
      await session.page.locator('#search-results [role="option"]').first().waitFor();
      await session.page.locator('.hit-cites').first().waitFor();
    },
  },
  {
    name: 'trace',
    async open() {
      await openApp('/trace/action-plan-2012/I.A.2.c');
      await leftPane().locator('.trace-item').first().waitFor();
    },
  },
  {
    name: 'provision',
    async open() {
      await openApp('/provision/ru-civil-code:1229');
      await leftPane().locator('.provision-page .clause-card').first().waitFor();
    },
  },
  {
    name: 'side-by-side',
    async open() {
      const other = encodeURIComponent('/provision/ru-civil-code:1252/5');
      await openApp(`/clause/action-plan-2012/I.A.2.c?other=${other}`);
      await rightPane().locator('.provision-page').waitFor();
      await leftPane().locator('.clause[aria-current="true"]').waitFor();
    },
  },
];

describe('accessibility of the main views', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const view of VIEWS) {
      it(`${view.name}, ${theme}: no serious or critical axe violation`, async () => {
        await newPage({ colorScheme: theme });
        await view.open();
        await expect(axeViolations()).resolves.toEqual([]);
        await shot(`a11y-${view.name}-${theme}-1440`);
      });
    }
  }
});

describe('layout at 1024 × 700', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`collapses the library to give the panes room (${theme})`, async () => {
      await newPage({ viewport: { width: 1024, height: 700 }, colorScheme: theme });
      const other = encodeURIComponent('/provision/ru-civil-code:1252/5');
      await session.page.goto(`${session.host.url}/clause/action-plan-2012/I.A.2.c?other=${other}`);
      await rightPane().locator('.provision-page').waitFor();
      await leftPane().locator('.clause[aria-current="true"]').waitFor();
      await expect(session.page.locator('aside.library').isVisible()).resolves.toBe(false);
      const left = await leftPane().boundingBox();
      const right = await rightPane().boundingBox();
      expect(left!.width).toBeGreaterThan(400);
      expect(right!.width).toBeGreaterThan(400);
      await shot(`layout-side-by-side-${theme}-1024`);
      // The library comes back on demand, over the panes.
      await session.page.getByRole('button', { name: /Show or hide the library/ }).click();
      await session.page.locator('.doc-link').first().waitFor();
      await shot(`layout-library-${theme}-1024`);
      await expect(axeViolations()).resolves.toEqual([]);
      // Picking a document puts it in the active pane and the library steps aside again.
      await session.page.locator('.doc-link', { hasText: 'IIPA' }).click();
      await session.page.locator('aside.library').waitFor({ state: 'detached' });
      await session.page.getByRole('button', { name: /Show or hide the library/ }).click();
      await session.page.keyboard.press('Escape');
      await session.page.locator('aside.library').waitFor({ state: 'detached' });
    });
  }
});

describe('keyboard', () => {
  const focused = () => session.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}` : '';
  });
  const focusIn = (selector: string) => session.page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector);

  it('opens, walks and closes the command menu with the keyboard and a click outside', async () => {
    await newPage();
    await openApp();
    const button = session.page.getByRole('button', { name: 'Commands' });
    await button.click();
    const items = session.page.getByRole('menuitem');
    await expect(focused()).resolves.toMatch(/menu-item/);
    const first = await session.page.evaluate(() => document.activeElement?.textContent);
    await session.page.keyboard.press('ArrowDown');
    const second = await session.page.evaluate(() => document.activeElement?.textContent);
    expect(second).not.toBe(first);
    await session.page.keyboard.press('End');
    await session.page.keyboard.press('ArrowDown');
    await expect(session.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(first);
    await session.page.keyboard.press('Escape');
    await expect(items.count()).resolves.toBe(0);
    await expect(session.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Commands');
    await button.click();
    await items.first().waitFor();
    await session.page.mouse.click(700, 500);
    await expect(items.count()).resolves.toBe(0);
  });

  it('moves focus into what opens, between panes with Alt+O, and back from search with Escape', async () => {
    await newPage();
    await openApp();
    await session.page.locator('.doc-link', { hasText: 'Action Plan' }).first().click();
    await leftPane().locator('.clause').first().waitFor();
    await expect.poll(() => focusIn('section.pane[data-side="left"]')).toBe(true);
    // ↓ selects the first clause at once: focus is in the reader.
    await session.page.keyboard.press('ArrowDown');
    await leftPane().locator('.clause[aria-current="true"]').waitFor();
    await session.page.keyboard.press('Alt+t');
    await rightPane().locator('.trace-page').waitFor();
    await expect.poll(() => focusIn('section.pane[data-side="right"]')).toBe(true);
    await session.page.keyboard.press('Alt+o');
    await expect.poll(() => focusIn('section.pane[data-side="left"]')).toBe(true);
    const before = await focused();
    await session.page.keyboard.press('Control+k');
    await expect(focused()).resolves.toMatch(/#search-input/);
    await session.page.keyboard.type('piracy');
    await session.page.locator('#search-results [role="option"]').first().waitFor();
    await session.page.keyboard.press('Escape');
    await expect(focused()).resolves.toBe(before);
    await expect(session.page.locator('#search-results').count()).resolves.toBe(0);
  });

  it('moves through the library tabs with the arrow keys, Home and End', async () => {
    await newPage();
    await openApp();
    const tab = (name: string) => session.page.getByRole('tab', { name });
    await tab('Documents').focus();
    await session.page.keyboard.press('ArrowRight');
    await expect(tab('Provisions').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(focused()).resolves.toMatch(/#library-tab-provisions/);
    await session.page.keyboard.press('End');
    await expect(focused()).resolves.toMatch(/#library-tab-tags/);
    await session.page.keyboard.press('ArrowRight');
    await expect(focused()).resolves.toMatch(/#library-tab-documents/);
    await session.page.keyboard.press('ArrowLeft');
    await expect(tab('Tags').getAttribute('aria-selected')).resolves.toBe('true');
    // One tab stop for the tab list: Tab leaves it for the panel.
    await expect(session.page.locator('[role="tab"][tabindex="0"]').count()).resolves.toBe(1);
    await session.page.keyboard.press('Home');
    await expect(tab('Documents').getAttribute('aria-selected')).resolves.toBe('true');
  });
});

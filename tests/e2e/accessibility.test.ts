// Accessibility and layout in Chromium against the real web host: axe-core on every main view (start, reader, search
// open, trace, provision, side by side) in light and dark themes must find no serious or critical violation; keyboard
// focus follows what opens; the library collapses at 1024 × 700; screenshots at 1440 and 1024, light and dark.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function newPage(width: number, height: number, colorScheme: 'light' | 'dark'): Promise<void> {
  context = await browser.newContext({ viewport: { width, height }, colorScheme });
  page = await context.newPage();
  problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/favicon/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
}

afterEach(async () => {
  await context?.close();
  expect(problems).toEqual([]);
});

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core on the whole page; its serious and critical violations, each with the elements it names. */
async function axeViolations(): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim()}`).join(' | ')}`);
  });
}

const leftPane = () => page.locator('section.pane[data-side="left"]');
const rightPane = () => page.locator('section.pane[data-side="right"]');

async function openApp(path = ''): Promise<void> {
  await page.goto(`${host.url}${path}`);
  await page.locator('#search-input').waitFor();
  await page.locator('.doc-link').first().waitFor();
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

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
      await page.locator('#search-results [role="option"]').first().waitFor();
      await page.locator('.hit-cites').first().waitFor();
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
        await newPage(1440, 900, theme);
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
      await newPage(1024, 700, theme);
      const other = encodeURIComponent('/provision/ru-civil-code:1252/5');
      await page.goto(`${host.url}/clause/action-plan-2012/I.A.2.c?other=${other}`);
      await rightPane().locator('.provision-page').waitFor();
      await leftPane().locator('.clause[aria-current="true"]').waitFor();
      await expect(page.locator('aside.library').isVisible()).resolves.toBe(false);
      const left = await leftPane().boundingBox();
      const right = await rightPane().boundingBox();
      expect(left!.width).toBeGreaterThan(400);
      expect(right!.width).toBeGreaterThan(400);
      await shot(`layout-side-by-side-${theme}-1024`);
      // The library comes back on demand, over the panes.
      await page.getByRole('button', { name: /Show or hide the library/ }).click();
      await page.locator('.doc-link').first().waitFor();
      await shot(`layout-library-${theme}-1024`);
      await expect(axeViolations()).resolves.toEqual([]);
      // Picking a document puts it in the active pane and the library steps aside again.
      await page.locator('.doc-link', { hasText: 'IIPA' }).click();
      await page.locator('aside.library').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: /Show or hide the library/ }).click();
      await page.keyboard.press('Escape');
      await page.locator('aside.library').waitFor({ state: 'detached' });
    });
  }
});

describe('keyboard', () => {
  const focused = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}` : '';
  });
  const focusIn = (selector: string) => page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector);

  it('opens, walks and closes the command menu with the keyboard and a click outside', async () => {
    await newPage(1440, 900, 'light');
    await openApp();
    const button = page.getByRole('button', { name: 'Commands' });
    await button.click();
    const items = page.getByRole('menuitem');
    await expect(focused()).resolves.toMatch(/menu-item/);
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.textContent);
    expect(second).not.toBe(first);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(first);
    await page.keyboard.press('Escape');
    await expect(items.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Commands');
    await button.click();
    await items.first().waitFor();
    await page.mouse.click(700, 500);
    await expect(items.count()).resolves.toBe(0);
  });

  it('moves focus into what opens, between panes with Alt+O, and back from search with Escape', async () => {
    await newPage(1440, 900, 'light');
    await openApp();
    await page.locator('.doc-link', { hasText: 'Action Plan' }).first().click();
    await leftPane().locator('.clause').first().waitFor();
    await expect.poll(() => focusIn('section.pane[data-side="left"]')).toBe(true);
    // ↓ selects the first clause at once: focus is in the reader.
    await page.keyboard.press('ArrowDown');
    await leftPane().locator('.clause[aria-current="true"]').waitFor();
    await page.keyboard.press('Alt+t');
    await rightPane().locator('.trace-page').waitFor();
    await expect.poll(() => focusIn('section.pane[data-side="right"]')).toBe(true);
    await page.keyboard.press('Alt+o');
    await expect.poll(() => focusIn('section.pane[data-side="left"]')).toBe(true);
    const before = await focused();
    await page.keyboard.press('Control+k');
    await expect(focused()).resolves.toMatch(/#search-input/);
    await page.keyboard.type('piracy');
    await page.locator('#search-results [role="option"]').first().waitFor();
    await page.keyboard.press('Escape');
    await expect(focused()).resolves.toBe(before);
    await expect(page.locator('#search-results').count()).resolves.toBe(0);
  });

  it('moves through the library tabs with the arrow keys, Home and End', async () => {
    await newPage(1440, 900, 'light');
    await openApp();
    const tab = (name: string) => page.getByRole('tab', { name });
    await tab('Documents').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tab('Provisions').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(focused()).resolves.toMatch(/#library-tab-provisions/);
    await page.keyboard.press('End');
    await expect(focused()).resolves.toMatch(/#library-tab-tags/);
    await page.keyboard.press('ArrowRight');
    await expect(focused()).resolves.toMatch(/#library-tab-documents/);
    await page.keyboard.press('ArrowLeft');
    await expect(tab('Tags').getAttribute('aria-selected')).resolves.toBe('true');
    // One tab stop for the tab list: Tab leaves it for the panel.
    await expect(page.locator('[role="tab"][tabindex="0"]').count()).resolves.toBe(1);
    await page.keyboard.press('Home');
    await expect(tab('Documents').getAttribute('aria-selected')).resolves.toBe('true');
  });
});

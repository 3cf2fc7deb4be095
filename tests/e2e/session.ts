// One end-to-end test file's session: the web host and Chromium for the file, a page whose errors fail its test, and the shared helpers.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, ROOT, SCREENSHOTS, startHost, type RunningHost } from './web-host.js';

export interface PageOptions {
  /** 1400 × 900 unless the session or the call says otherwise. */
  viewport?: { width: number; height: number };
  /** 'light' unless the session or the call says otherwise. */
  colorScheme?: 'light' | 'dark';
  /** Passed to the browser context only when given. */
  acceptDownloads?: boolean;
}

export interface E2eSessionOptions extends PageOptions {
  /** true (the default): a fresh page before every test; false: each test opens its own with `newPage`. */
  perTest?: boolean;
  /** Whether `openApp` also waits for the library's first document (the default), or only for the search box. */
  openAppWaitsForLibrary?: boolean;
}

/** The page, context, browser and host are read through the session (they change); the helpers can be destructured. */
export interface E2eSession {
  readonly host: RunningHost;
  readonly browser: Browser;
  /** The context of the current page (closed after each test). */
  readonly context: BrowserContext;
  readonly page: Page;
  /** A fresh context and page; its page errors and console errors (but a missing favicon) fail the test. */
  newPage: (options?: PageOptions) => Promise<Page>;
  /** A screenshot of the page, to test-results/screenshots/<name>.png. */
  shot: (name: string) => Promise<void>;
  /** Calls the API from inside the page (same origin, as the renderer does); an error reply throws. */
  callApi: <T>(method: string, args: object) => Promise<T>;
  /** Opens the app at `path` and waits until React has rendered it. */
  openApp: (path?: string) => Promise<void>;
  /**
   * axe-core's serious and critical violations on the whole page, or only in the parts named by `selectors`, each with
   * the elements it names.
   */
  axeViolations: (selectors?: string[]) => Promise<string[]>;
}

let axeSource: string | undefined;

/** Registers the file's vitest hooks; call it once at the top level of a test file. */
export function useE2eSession(options: E2eSessionOptions = {}): E2eSession {
  const { perTest = true, openAppWaitsForLibrary = true, ...pageDefaults } = options;
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: string[] = [];

  async function newPage(pageOptions: PageOptions = {}): Promise<Page> {
    const { viewport = { width: 1400, height: 900 }, colorScheme = 'light', acceptDownloads } = { ...pageDefaults, ...pageOptions };
    const contextOptions: BrowserContextOptions = { viewport, colorScheme };
    if (acceptDownloads !== undefined) contextOptions.acceptDownloads = acceptDownloads;
    context = await browser!.newContext(contextOptions);
    const opened = await context.newPage();
    page = opened;
    problems = [];
    opened.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    opened.on('console', (msg) => {
      if (msg.type() === 'error' && !/favicon/.test(msg.text())) problems.push(`console: ${msg.text()}`);
    });
    return opened;
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    host = await startHost();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  if (perTest) {
    beforeEach(async () => {
      await newPage();
    });
  }

  afterEach(async () => {
    await context?.close();
    // Uncaught exceptions or CSP violations fail the test that caused them.
    expect(problems).toEqual([]);
  });

  const session: E2eSession = {
    get host() {
      return host!;
    },
    get browser() {
      return browser!;
    },
    get context() {
      return context!;
    },
    get page() {
      return page!;
    },
    newPage,
    shot: async (name) => {
      await page!.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    callApi: <T>(method: string, args: object): Promise<T> =>
      page!.evaluate(
        async ([m, a]) => {
          const response = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(a) });
          const body = await response.json();
          if (!body.ok) throw new Error(`${body.error.code}: ${body.error.message}`);
          return body.result;
        },
        [method, args] as const,
      ) as Promise<T>,
    openApp: async (path = '') => {
      await page!.goto(`${host!.url}${path}`);
      await page!.locator('#search-input').waitFor();
      if (openAppWaitsForLibrary) await page!.locator('.doc-link').first().waitFor();
    },
    axeViolations: async (selectors) => {
      axeSource ??= readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
      await page!.evaluate(axeSource);
      return page!.evaluate(async (include) => {
        type Result = { violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
        const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
        const result = await axe.run(include ? { include: include.map((s) => [s]) } : document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => {
            const nodes = v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim()}`);
            const more = v.nodes.length > 6 ? ` | (+${v.nodes.length - 6} more)` : '';
            return `${v.id} (${v.impact}): ${nodes.join(' | ')}${more}`;
          });
      }, selectors ?? null);
    },
  };
  return session;
}

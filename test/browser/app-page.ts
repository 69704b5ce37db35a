/**
 * The web app as a test drives it: open it, wait for a complete render (the app counts them on <html data-renders>),
 * read the timings it keeps, and fail on any script error the page reports.
 */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * What the page's globals look like to the functions a test runs in it. The functions are sent to the page as
 * functions, not strings: the app's Content-Security-Policy forbids evaluating strings, and the tests keep it on.
 */
export interface PageGlobals {
  document: {
    documentElement: { dataset: Record<string, string | undefined> };
    querySelector(selector: string): { getAttribute(name: string): string | null; value: string } | null;
    fonts: { check(font: string, text: string): boolean };
  };
  rasdTimings: { firstRenderMs: number; filterChangeMs: number[] };
  __pwned?: unknown;
}

export interface AppPage {
  page: Page;
  /** Script errors and dialogs the page raised; a test asserts this stays empty. */
  problems: string[];
  renders(): Promise<number>;
  /** Runs the action, then waits for the render it causes. */
  andRender(action: () => Promise<unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function openApp(context: BrowserContext, url: string, language?: 'ar' | 'en'): Promise<AppPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  if (language) await page.addInitScript(`localStorage.setItem('rasd.language', '${language}')`);
  await page.goto(url);
  await waitForFirstRender(page);
  const renders = async () => Number(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset.renders));
  return {
    page,
    problems,
    renders,
    async andRender(action) {
      const before = await renders();
      await action();
      await page.waitForFunction(
        (n) => {
          const { dataset } = (globalThis as unknown as PageGlobals).document.documentElement;
          return Number(dataset.renders) > n && dataset.busy === '0';
        },
        before,
        { timeout: 30_000 },
      );
    },
    close: () => page.close(),
  };
}

export async function waitForFirstRender(page: Page): Promise<void> {
  await page.waitForFunction(() => Number((globalThis as unknown as PageGlobals).document.documentElement.dataset.renders) >= 1, undefined, { timeout: 30_000 });
}

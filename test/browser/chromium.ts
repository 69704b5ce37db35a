/**
 * One headless Chromium for the browser suite: Debian's /usr/bin/chromium driven by playwright-core (which downloads
 * no browser of its own). Without it the suite is skipped with a message — except under CI, where .ci/run installs
 * it, so its absence is a failure.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.RASD_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumSkip: string | false =
  existsSync(CHROMIUM) || process.env.CI ? false : `${CHROMIUM} is missing, so the browser tests are skipped (apt-get install chromium; CI installs it)`;

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * A browser with a fresh profile folder of its own. Playwright adds --headless and --user-data-dir itself (it refuses
 * them in args), so the profile is given as launchPersistentContext's folder, removed when the browser closes; each
 * test then opens its own pages.
 */
export async function launchChromium(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`expected Chromium at ${CHROMIUM} (apt-get install -y --no-install-recommends chromium)`);
  const profile = mkdtempSync(path.join(tmpdir(), 'rasd-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    serviceWorkers: 'block',
  });
  profiles.set(context, profile);
  return context;
}

const profiles = new WeakMap<BrowserContext, string>();

/** Closes the browser, then removes its profile folder (Chromium may still be letting go of its files: retried). */
export async function closeChromium(context: BrowserContext): Promise<void> {
  await context.close();
  const profile = profiles.get(context);
  if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

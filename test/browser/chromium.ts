/**
 * Debian's headless Chromium (installed by install-chromium.sh, run by `npm test` first), launched the way this machine's
 * closed network needs: without background networking, component updates and sync, each run with a fresh temporary profile.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestService, type TestService } from '../server/harness.ts';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The phones the pages are tried on: a common one (390×844) and a cheap one (360×640). */
export const PHONES = { common: { width: 390, height: 844 }, cheap: { width: 360, height: 640 } } as const;

/** A context as a resident's phone opens the page: its screen, touch, Vietnamese; `options` adds to it (downloads). */
export function newPhoneContext(browser: Browser, viewport: { width: number; height: number } = PHONES.common, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport, isMobile: true, hasTouch: true, locale: 'vi-VN', ...options });
}

/**
 * The real service (no rate limit) and a Chromium for one test file: both started before its tests and closed after them;
 * read `server` and `browser` inside the tests (undefined before beforeAll has run).
 */
export function serviceAndBrowser(): { readonly server: TestService; readonly browser: Browser } {
  const held = {} as { server: TestService; browser: Browser };
  beforeAll(async () => {
    held.server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
    held.browser = await launchChromium();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
  return held;
}

/**
 * Debian's headless Chromium (installed by install-chromium.sh, run by `npm test` first), launched the way this machine's
 * closed network needs: without background networking, component updates and sync, each run with a fresh temporary profile.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

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

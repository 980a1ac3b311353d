/**
 * Debian's headless Chromium (installed by install-chromium.sh, run by `npm test` first), launched the way this machine's
 * closed network needs: without background networking, component updates and sync, each run with a fresh temporary profile.
 */
import { chromium, type Browser } from 'playwright-core';

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

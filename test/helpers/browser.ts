import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, as CI installs it (apt-get install chromium). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches the system Chromium headless with the flags a sandboxed CI box needs. Callers close it
 * (`await browser.close()`), usually in afterAll.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic } from '../../src/cli/static-server.ts';

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

/** A built site served locally and one Chromium page on it; `close()` stops both. */
export interface OpenSite {
  page: Page;
  origin: string;
  close(): Promise<void>;
}

/** Serves `outDir` and opens a page on it in Chromium, at a phone's width if `viewport` says so. */
export async function openSite(outDir: string, viewport?: { width: number; height: number }): Promise<OpenSite> {
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  const page = await browser.newPage(viewport ? { viewport } : {});
  return {
    page,
    origin: server.origin,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Prints a page to an A4 PDF with Chromium, as "Save as PDF" in the print dialog would: print
 * styles, the page's own @page margins, backgrounds kept for the pictures.
 */
export async function printToPdf(url: string, file: string, chromiumPath: string): Promise<void> {
  // Imported here, not at the top: every kb command loads this module, and Playwright took 0.2 s.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || !response.ok()) throw new Error(`Không mở được ${url} (HTTP ${response?.status() ?? '—'})`);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}

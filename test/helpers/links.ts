import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readDistFiles } from './dist-files.ts';

/** A link in the built site whose target is missing: the page it is on, the link, and why. */
export interface BrokenLink {
  from: string;
  link: string;
  problem: string;
}

const decodeEntities = (value: string) =>
  value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The URL path a built file is served at: bao-cao/index.html → /bao-cao/. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Every internal link in a built site that leads nowhere: each href and src of every HTML page
 * (resolved against the page's URL, as a browser would), the `#id` it points to included, and the
 * page each Pagefind result would open. External addresses (http:, mailto:, tel:) are not followed:
 * the build needs no network, and neither does this check.
 */
export function findBrokenLinks(outDir: string): { broken: BrokenLink[]; checked: number } {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const html = readFileSync(join(outDir, file), 'utf8');
      ids.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1]))));
    }
    return ids.get(file)!;
  };
  const fileFor = (path: string) => {
    const full = join(outDir, path);
    if (existsSync(full) && statSync(full).isDirectory()) return existsSync(join(full, 'index.html')) ? join(path, 'index.html').replace(/^\//, '') : undefined;
    return existsSync(full) ? path.replace(/^\//, '') : undefined;
  };

  const broken: BrokenLink[] = [];
  let checked = 0;
  const check = (from: string, link: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link) && !link.startsWith('http://127.0.0.1')) return;
    checked++;
    const url = new URL(link, `http://site${urlOf(from)}`);
    const target = fileFor(decodeURIComponent(url.pathname));
    if (!target) return void broken.push({ from, link, problem: 'không có trang hoặc tệp này' });
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push({ from, link, problem: `trang không có id "${anchor}"` });
  };

  const files = readDistFiles(outDir);
  for (const file of files) {
    if (file.path.endsWith('.html')) {
      const html = Buffer.from(file.text, 'latin1').toString('utf8');
      for (const [, , value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) check(file.path, decodeEntities(value));
    } else if (file.path.startsWith('pagefind/fragment/')) {
      // A fragment is a search result: `pagefind_dcd` then JSON with the page's url.
      const fragment = JSON.parse(Buffer.from(file.text.slice('pagefind_dcd'.length), 'latin1').toString('utf8')) as { url: string };
      check('index.html', fragment.url);
    }
  }
  return { broken, checked };
}

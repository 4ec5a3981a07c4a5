import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { TermIndex } from '../../src/lib/search/terms/query.ts';
import { documentFile, type Manifest } from '../../src/lib/search/terms/format.ts';
import { unmarkStrokes } from '../../src/lib/search/fold.ts';
import { syllablesOf } from '../../src/lib/search/terms/syllables.ts';
import { confirmPhrase } from '../../src/lib/search/terms/phrase.ts';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { storedPages, type StoredPage } from '../helpers/pagefind-files.ts';

/**
 * The quality the issue asks at a province's scale, on a generated corpus built for real and
 * searched with the search page's own engine (the term index, read from the built files): numbers
 * put their document first, a unit's name its reports, six words copied from a report that report,
 * and filters count exactly what the content holds.
 */
const REPORTS = 400;

let kb: string;
let content: string;
let search: TermIndex;
let pages: StoredPage[];
let pageText: Map<string, { text: string; number?: string }>;
const urls = new Map<number, string>();

const load = async <T,>(path: string): Promise<T | undefined> => {
  const file = join(kb, path);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
};
/** A result's page, from the fragment the search page fetches for it (gzip, 12-byte signature, JSON). */
const urlOf = (id: number) => {
  if (!urls.has(id)) urls.set(id, (JSON.parse(gunzipSync(readFileSync(join(kb, documentFile(id)))).subarray(12).toString('utf8')) as { url: string }).url);
  return urls.get(id)!;
};
/**
 * As the search page orders results: the index's ranking, then quotations confirmed in the
 * results' text (phrase.ts; the page reads it from their fragments, here from the same files).
 */
const find = async (query: string, filters: Record<string, string> = {}) => {
  const textOf = async (id: number) => pageText.get(urlOf(id)) ?? { text: '' };
  const { ids } = await confirmPhrase(await search.search(query, filters), textOf);
  return ids.map(urlOf);
};

/** Public reports per unit, read from the content files (a confidential report is never built). */
function publicReports(): Map<string, string[]> {
  const byUnit = new Map<string, string[]>();
  for (const province of readdirSync(join(content, 'reports'))) {
    for (const unit of readdirSync(join(content, 'reports', province))) {
      for (const file of readdirSync(join(content, 'reports', province, unit))) {
        const text = readFileSync(join(content, 'reports', province, unit, file), 'utf8');
        if (/^confidential:\s*true\s*$/m.test(text.split('\n---')[0])) continue;
        const id = /^unit:\s*(\S+)/m.exec(text)![1];
        byUnit.set(id, [...(byUnit.get(id) ?? []), `/bao-cao/${province}/${unit}/${file.replace(/\.mdx$/, '')}/`]);
      }
    }
  }
  return byUnit;
}

beforeAll(() => {
  content = join(mkdtempSync(join(tmpdir(), 'kb-scale-')), 'content');
  execFileSync(join(projectRoot, 'node_modules/.bin/node'), ['--disable-warning=ExperimentalWarning', join(projectRoot, 'src/cli/kb.ts'), 'generate', '--reports', String(REPORTS), '--out', content, '--seed', 'search-scale']);
  const site = buildSite(content);
  kb = join(site.outDir, 'pagefind', 'kb');
  search = new TermIndex(JSON.parse(readFileSync(join(kb, 'index.json'), 'utf8')) as Manifest, load);
  pages = storedPages(site.outDir);
  // What the phrase check reads of a page: its fragment's text and meta fields (a number is in its meta).
  pageText = new Map(pages.map((p) => [p.url, { text: `${p.content} . ${Object.values(p.meta).join(' . ')}`, number: p.meta.number }]));
}, 600_000);

describe(`search over ${REPORTS} generated reports`, () => {
  it('puts a document first for its number, written as staff write it', async () => {
    const numbers = new Map<string, string[]>();
    for (const file of readdirSync(join(content, 'directives'))) {
      const number = /^number:\s*(.+)$/m.exec(readFileSync(join(content, 'directives', file), 'utf8'))?.[1].trim();
      if (number) numbers.set(number, [...(numbers.get(number) ?? []), `/van-ban/${file.replace(/\.mdx$/, '')}/`]);
    }
    expect(numbers.size).toBeGreaterThan(20);
    for (const [number, urls] of numbers) {
      expect(urls, number).toContain((await find(number))[0]);
      expect(urls, number).toContain((await find(number.replace(/[/-]/g, ' ')))[0]);
    }
  });

  it('puts a unit’s reports in the first ten for its name', async () => {
    const byUnit = publicReports();
    const names = new Map<string, string>();
    for (const file of readdirSync(join(content, 'units'))) {
      for (const [, id, name] of readFileSync(join(content, 'units', file), 'utf8').matchAll(/- id: (\S+)\n\s+name: (.+)/g)) names.set(id, name.trim());
    }
    let units = 0;
    for (const [unit, reports] of byUnit) {
      if (reports.length < 3) continue;
      units++;
      const top = (await find(names.get(unit)!)).slice(0, 10);
      const own = top.filter((url) => reports.includes(url));
      expect(own.length, `${names.get(unit)}: ${top.join(' ')}`).toBeGreaterThanOrEqual(Math.min(3, reports.length));
    }
    expect(units).toBeGreaterThan(5);
  });

  it('filters by unit, province and kind return exactly the matching pages and count them', async () => {
    const byUnit = publicReports();
    for (const [unit, reports] of [...byUnit].slice(0, 8)) {
      expect((await find('', { unit, kind: 'bao-cao' })).sort(), unit).toEqual([...reports].sort());
      const matches = await find('doi ngoai', { unit, kind: 'bao-cao' });
      expect(matches.every((url) => reports.includes(url))).toBe(true);
      const unfiltered = await find('doi ngoai');
      expect(matches.sort()).toEqual(unfiltered.filter((url) => reports.includes(url)).sort());
    }
    const all = [...byUnit.values()].flat();
    expect((await find('', { kind: 'bao-cao' })).length).toBe(all.length);
    for (const province of readdirSync(join(content, 'reports')).slice(0, 3)) {
      const expected = all.filter((url) => url.startsWith(`/bao-cao/${province}/`)).sort();
      expect((await find('', { province, kind: 'bao-cao' })).sort(), province).toEqual(expected);
    }
  });

  it('puts a report in the first three for six consecutive words copied from its text', async () => {
    // Six words as the page shows them (punctuation and all), from spread places in every tenth
    // report. The generator writes from templates, so many six-word runs occur verbatim in dozens
    // of reports, and no ranking can put one of dozens equal pages in the first three: a run is
    // only asked of when it occurs in at most three pages (counted over every page's stored text,
    // as folded syllables, the way search reads them). Other runs are skipped, and counted.
    const texts = pages.map((p) => ` ${syllablesOf(unmarkStrokes(p.content)).join(' ')} `);
    const reports = pages.filter((p) => p.url.startsWith('/bao-cao/')).sort((a, b) => (a.url < b.url ? -1 : 1));
    let asked = 0;
    let skipped = 0;
    const failures: string[] = [];
    for (const report of reports.filter((_, n) => n % 10 === 0)) {
      const words = unmarkStrokes(report.content).split(/\s+/).filter(Boolean);
      for (const share of [0.2, 0.4, 0.6, 0.8]) {
        for (let at = Math.floor(words.length * share); at + 6 <= words.length; at++) {
          const run = words.slice(at, at + 6).join(' ');
          const folded = syllablesOf(run);
          // A run that is mostly punctuation or numbers is not six words.
          if (folded.length < 6 || folded.some((s) => !/[a-z]/.test(s))) continue;
          let holders = 0;
          for (const text of texts) if (text.includes(` ${folded.join(' ')} `) && ++holders > 3) break;
          if (holders > 3) {
            skipped++;
            continue;
          }
          asked++;
          const results = await find(run);
          if (!results.slice(0, 3).includes(report.url)) failures.push(`"${run}" (in ${holders} pages): ${report.url} at ${results.indexOf(report.url) + 1} of ${results.length}`);
          break;
        }
      }
    }
    expect(asked, `runs asked (${skipped} template runs skipped)`).toBeGreaterThanOrEqual(100);
    expect(failures).toEqual([]);
  });

  it('ranks by relevance: a word in the title weighs more than the same word once in a long body', async () => {
    const titled = pages.find((p) => p.url.startsWith('/bao-cao/') && /viện trợ/i.test(p.meta.title ?? ''))!;
    const results = await find('vien tro');
    expect(results.indexOf(titled.url)).toBeGreaterThanOrEqual(0);
    const firstTen = results.slice(0, 10).map((url) => pages.find((p) => p.url === url)!);
    expect(firstTen.filter((p) => /viện trợ/i.test(unmarkStrokes(p.meta.title ?? ''))).length).toBeGreaterThanOrEqual(7);
  });
});

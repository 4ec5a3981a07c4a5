import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageText, projectRoot, type BuiltSite } from '../helpers/build-site.ts';

/** The seed reports the knowledge base started from, as received (copied byte for byte from the project's seeds). */
const seedsDir = join(projectRoot, 'test/fixtures/seeds');
const seedPages: Record<string, string> = {
  '000': '/bao-cao/quang-ngai/binh-son/2022-h1-hoi-nhap/',
  '001': '/bao-cao/quang-ngai/bcd-hnqt-quang-ngai/2021-h1-hoi-nhap/',
  '002': '/bao-cao/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan/',
  '003': '/bao-cao/quang-ngai/so-cong-thuong-quang-ngai/2011-2021-chi-thi-04/',
  '004': '/bao-cao/thanh-hoa/trieu-son/2022-h1-doi-ngoai/',
};

/**
 * Words of a text without Markdown marks, list markers, footnote markers (a digit glued to a word
 * in the PDF copy, a lone digit on the page) or lone page numbers. Seed and page go through the
 * same function, so the comparison is like for like.
 */
function words(text: string): string[] {
  const tokens = text
    .normalize('NFC')
    .replace(/<\/?su[pb]>/g, ' ')
    .replace(/[*#\\]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^(.*\p{L}[.,;:)]?)\d$/u, '$1').replace(/^(.*\p{L})\d([.,;:)])$/u, '$1$2'))
    .filter((w) => w && !/^\d$/.test(w) && !/^[-+]+$/.test(w));
  // A word the PDF broke at a hyphen ("22-" / "NQ/TW") is one word.
  const joined: string[] = [];
  for (const token of tokens) {
    const last = joined.at(-1);
    // So is a word and the punctuation a footnote marker separated it from ("nghệ[^2]." ).
    if (last && ((last.length > 1 && last.endsWith('-')) || /^[.,;:)]+$/.test(token))) joined[joined.length - 1] = last + token;
    else joined.push(token);
  }
  return joined;
}

/**
 * Seed words not found on the page in their context: each seed word must sit in some run of
 * four consecutive seed words that also stands, consecutively, on the page. Runs rather than one
 * long sequence, because the PDF copy puts footnotes mid-text at page bottoms and the page puts
 * them at the end.
 */
function wordsMissing(seed: string[], page: string[]): string[] {
  const n = 4;
  const onPage = new Set<string>();
  for (let i = 0; i + n <= page.length; i++) onPage.add(page.slice(i, i + n).join(' '));
  const covered = new Array<boolean>(seed.length).fill(false);
  for (let i = 0; i + n <= seed.length; i++) {
    if (onPage.has(seed.slice(i, i + n).join(' '))) covered.fill(true, i, i + n);
  }
  return seed.flatMap((word, i) => (covered[i] ? [] : [`${i}:${seed.slice(Math.max(0, i - 3), i + 4).join(' ')}`]));
}

describe('every seed report is on its page, word for word', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(join(projectRoot, 'content'));
  });

  it.each(Object.keys(seedPages))('seed %s', (prefix) => {
    const file = readdirSync(seedsDir).find((name) => name.startsWith(prefix))!;
    const seed = words(readFileSync(join(seedsDir, file), 'utf8'));
    const html = site.page(seedPages[prefix]);
    const fullText = html.slice(html.indexOf('id="toan-van"'));
    const page = words(pageText(fullText));
    expect(wordsMissing(seed, page)).toEqual([]);
    expect(seed.length).toBeGreaterThan(500);
  });

  it('gives each of the four named directives a page under /van-ban/ titled with its number', () => {
    for (const [path, number] of [['nq-22-2013', '22-NQ/TW'], ['ct-04-2011', '04-CT/TW'], ['ct-12-2022', '12-CT/TW'], ['nd-80-2020', '80/2020/NĐ-CP']]) {
      expect(site.page(`/van-ban/${path}/`)).toMatch(new RegExp(`<title>[^<]*${number.replace('/', '\\/')}`));
    }
  });
});

import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageText, type BuiltSite } from '../helpers/build-site.ts';
import { contentRepository, MARKUP_TITLE, readContent } from '../helpers/follow-content.ts';
import { vocabularyProblems } from '../fixtures/schema-org-vocabulary.ts';

const SITE = 'https://songoaivu.example.vn';
const env = { KB_AS_OF: '2025-05-01', KB_SITE_URL: SITE };
const LETTER = 'directives/cv-7-2023.mdx';
const EDITED = 'reports/tinh-a/huyen-a/2023-h1-hoi-nhap.mdx';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'url', 'sitemap'].includes(name) });
const file = (site: BuiltSite, path: string) => readFileSync(join(site.outDir, path), 'utf8');

interface AtomEntry { id: string; title: string | { '#text': string }; updated: string; link: { href: string }[]; published?: string }
function atom(site: BuiltSite, path: string) {
  const text = file(site, path);
  expect(XMLValidator.validate(text), path).toBe(true);
  return xml.parse(text).feed as { id: string; title: string; updated: string; author: { name: string }; link: { rel: string; href: string }[]; entry?: AtomEntry[] };
}
const titleOf = (entry: AtomEntry) => (typeof entry.title === 'string' ? entry.title : entry.title['#text']);

function events(site: BuiltSite, path: string) {
  const component = new ICAL.Component(ICAL.parse(file(site, path)));
  return component.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, summary: event.summary, start: event.startDate, sequence: event.sequence, description: event.description };
  });
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]) as Record<string, unknown>);
}

describe('following the site from outside: feeds, calendars, sitemap, JSON-LD', () => {
  let before: BuiltSite;
  let after: BuiltSite;
  let content: string;
  let cacheDir: string;
  beforeAll(() => {
    const repository = contentRepository('2025-04-01T09:00:00+07:00');
    const { commit } = repository;
    content = repository.content;
    // One incremental-build record for the builds: what did not change is reused, what did is not.
    cacheDir = mkdtempSync(join(tmpdir(), 'kb-follow-cache-'));
    before = buildSite(content, env, { cacheDir });
    // The letter's deadline moves from 15/01 to 31/01/2023, and a report is corrected.
    commit('2025-04-20T09:00:00+07:00', {
      [LETTER]: readContent(content, LETTER).replace('due: 2023-01-15', 'due: 2023-01-31'),
      [EDITED]: readContent(content, EDITED).replace('Đã hoàn thành.', 'Đã hoàn thành, có sửa chữa.'),
    });
    after = buildSite(content, env, { cacheDir });
  });

  it('reuses on a rebuild the feeds and calendars a change of text leaves as they were', () => {
    // A report's wording corrected, frontmatter untouched: its page is made again, not the feeds.
    const path = 'reports/tinh-b/huyen-b/2023-h1.mdx';
    writeFileSync(join(content, path), readContent(content, path).replace('Nội dung.', 'Nội dung, sửa lỗi chính tả.'));
    const third = buildSite(content, env, { cacheDir });
    const shown = (file: string, how: string) => new RegExp(`${file.replace(/[.]/g, '\\.')} \\(${how}\\)`).test(third.log);
    for (const file of ['/don-vi/huyen-b/lich.ics', '/theo-doi/lich.ics', '/don-vi/huyen-b/ban-tin.xml', '/van-ban/nq-59-2025/ban-tin.xml', '/don-vi/huyen-b/ngoai-tuyen.json']) {
      expect(shown(file, 'cached|restored'), file).toBe(true);
    }
    expect(third.page('/bao-cao/tinh-b/huyen-b/2023-h1/')).toContain('Nội dung, sửa lỗi chính tả.');
    // And after the moved deadline (frontmatter), the calendar was made again: see the next tests.
    expect(new RegExp('/don-vi/huyen-a/lich\\.ics \\(\\+\\d+ms\\)').test(after.log)).toBe(true);
    expect(new RegExp('/theo-doi/lich\\.ics \\(\\+\\d+ms\\)').test(after.log)).toBe(true);
  });

  it('writes well-formed Atom feeds with every element Atom requires', () => {
    for (const path of ['bao-cao/ban-tin.xml', 'don-vi/huyen-a/ban-tin.xml', 'van-ban/nq-22-2013/ban-tin.xml', 'theo-doi/ban-tin.xml']) {
      const feed = atom(after, path);
      expect(feed.id, path).toMatch(/^tag:songoaivu\.example\.vn,2026:/);
      expect(feed.title, path).toBeTruthy();
      expect(Date.parse(feed.updated), path).not.toBeNaN();
      expect(feed.author.name, path).toBeTruthy();
      expect(feed.link.find((l) => l.rel === 'self')?.href, path).toBe(`${SITE}/${path}`);
      expect(feed.entry?.length, path).toBeGreaterThan(0);
      for (const entry of feed.entry ?? []) {
        expect(entry.id).toMatch(/^tag:/);
        expect(titleOf(entry)).toBeTruthy();
        expect(Date.parse(entry.updated)).not.toBeNaN();
        expect(entry.link[0].href).toMatch(new RegExp(`^${SITE}/`));
      }
    }
  });

  it('keeps entry ids across builds; a corrected report comes back on top, updated on its commit day', () => {
    const ids = (site: BuiltSite) => atom(site, 'bao-cao/ban-tin.xml').entry!.map((e) => e.id).sort();
    expect(ids(after)).toEqual(ids(before));
    const top = atom(after, 'bao-cao/ban-tin.xml').entry![0];
    expect(top.id).toBe('tag:songoaivu.example.vn,2026:bao-cao/tinh-a/huyen-a/2023-h1-hoi-nhap');
    expect(top.updated).toBe('2025-04-19T17:00:00.000Z'); // 20/04/2025 00:00 in Vietnam
    expect(top.published).toBe('2023-06-29T17:00:00.000Z'); // issued 30/06/2023
    const unitFeed = atom(after, 'don-vi/huyen-b/ban-tin.xml').entry!.map(titleOf);
    expect(unitFeed).toHaveLength(2);
  });

  it('shows a title with markup as text in the feed, never as markup', () => {
    const entry = atom(after, 'don-vi/huyen-b/ban-tin.xml').entry!.find((e) => titleOf(e).includes('in đậm'))!;
    // type="html": the reader decodes the entities once and shows the characters.
    const shown = titleOf(entry).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(shown).toBe(MARKUP_TITLE);
    expect(file(after, 'don-vi/huyen-b/ban-tin.xml')).not.toContain('<b>');
  });

  it('lists task status changes up to the as-of day', () => {
    const titles = atom(after, 'theo-doi/ban-tin.xml').entry!.map(titleOf);
    expect(titles).toContain('Đã hoàn thành đúng hạn: Nhiệm vụ được báo cáo xong đúng ngày hạn');
    expect(titles).toContain('Đã hoàn thành quá hạn: Nhiệm vụ được báo cáo xong sau hạn');
    expect(titles).toContain('Chưa hoàn thành, quá hạn: Nhiệm vụ chưa ai báo cáo');
    // The confidential report's task is nowhere.
    expect(titles.join('\n')).not.toContain('Nhiệm vụ mật');
  });

  it('links each feed from the page it follows, with a visible "Theo dõi" link', () => {
    const unit = before.page('/don-vi/huyen-a/');
    expect(unit).toContain('<link rel="alternate" type="application/atom+xml" title="Báo cáo của UBND huyện A (Atom)" href="/don-vi/huyen-a/ban-tin.xml">');
    expect(pageText(unit)).toContain('Theo dõi: Báo cáo của UBND huyện A (Atom)');
    expect(before.page('/van-ban/nq-22-2013/')).toContain('href="/van-ban/nq-22-2013/ban-tin.xml"');
    expect(before.page('/')).toContain('href="/bao-cao/ban-tin.xml"');
    expect(before.page('/theo-doi/')).toContain('<link rel="alternate" type="application/atom+xml" title="Thay đổi trạng thái nhiệm vụ (Atom)" href="/theo-doi/ban-tin.xml">');
  });

  it('writes calendars of all-day deadlines that parse back, with UIDs stable across builds', () => {
    const all = events(before, 'theo-doi/lich.ics');
    expect(all.length).toBeGreaterThan(5);
    expect(all.every((e) => e.start.isDate)).toBe(true);
    expect(file(before, 'theo-doi/lich.ics')).toContain('X-WR-TIMEZONE:Asia/Ho_Chi_Minh');
    const uids = (site: BuiltSite, path: string) => events(site, path).map((e) => e.uid).sort();
    expect(uids(after, 'theo-doi/lich.ics')).toEqual(uids(before, 'theo-doi/lich.ics'));
    expect(uids(after, 'don-vi/huyen-a/lich.ics')).toEqual(uids(before, 'don-vi/huyen-a/lich.ics'));
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
  });

  it('moves a deadline that moved, with a higher SEQUENCE', () => {
    const letter = (site: BuiltSite) => events(site, 'don-vi/huyen-a/lich.ics').find((e) => e.uid.startsWith('han-bao-cao/cv-7-2023#tra-loi@2022:huyen-a'))!;
    expect(letter(before).start.toString()).toBe('2023-01-15');
    expect(letter(after).start.toString()).toBe('2023-01-31');
    expect(letter(after).sequence).toBeGreaterThan(letter(before).sequence);
    // An event whose file did not change keeps its SEQUENCE.
    const plan = (site: BuiltSite) => events(site, 'don-vi/huyen-a/lich.ics').find((e) => e.uid.startsWith('han-bao-cao/kh-10-2023#sau-thang@2023-H1:huyen-a'))!;
    expect(plan(after).sequence).toBe(plan(before).sequence);
    expect(plan(after).start.toString()).toBe('2023-07-15');
  });

  it('gives reports owed and tasks due per unit; a ceased unit\'s calendar ends with it; "chưa rõ hạn" makes no event', () => {
    const huyenA = events(after, 'don-vi/huyen-a/lich.ics');
    expect(huyenA.map((e) => e.summary)).toContain('Hạn nhiệm vụ: Nhiệm vụ chưa ai báo cáo');
    expect(huyenA.every((e) => e.start.toString() <= '2025-06-30')).toBe(true);
    // 2025-H1's report falls due on 15/07/2025, after huyen-a ceased: xa-a1 owes it.
    const xa = events(after, 'don-vi/xa-a1/lich.ics');
    const inherited = xa.find((e) => e.uid.startsWith('han-bao-cao/kh-10-2023#sau-thang@2025-H1:xa-a1<huyen-a'))!;
    expect(inherited.start.toString()).toBe('2025-07-15');
    expect(inherited.description).toContain('kế thừa từ UBND huyện A');
    // That day is after the as-of day (01/05/2025): calendars show what is coming, not only what is late.
    expect(inherited.description).toContain('Tình trạng: chưa đến hạn.');
    // After the reform no district exists, so nobody owes 2025-H2 under a district duty.
    expect(xa.some((e) => e.start.toString() === '2026-01-15')).toBe(false);
    // The letter to huyen-b sets no due day: no event anywhere.
    expect(events(after, 'theo-doi/lich.ics').some((e) => e.uid.includes('cv-9-2023'))).toBe(false);
    // A province's calendar holds its units' deadlines.
    expect(events(after, 'don-vi/tinh-a/lich.ics').length).toBeGreaterThanOrEqual(huyenA.length + xa.length);
    expect(events(after, 'theo-doi/lich.ics').some((e) => e.summary.includes('Nhiệm vụ mật'))).toBe(false);
  });

  it('links "Thêm vào lịch" from unit pages and the tracker', () => {
    expect(before.page('/don-vi/huyen-a/')).toContain('href="webcal://songoaivu.example.vn/don-vi/huyen-a/lich.ics"');
    expect(before.page('/theo-doi/')).toContain('href="webcal://songoaivu.example.vn/theo-doi/lich.ics"');
    expect(pageText(before.page('/theo-doi/'))).toContain('Thêm vào lịch');
  });

  it('describes each directive as schema.org Legislation, with the vocabulary\'s types and properties', () => {
    const [doc] = jsonLd(after.page('/van-ban/nq-22-2013/'));
    expect(vocabularyProblems(doc)).toEqual([]);
    expect(doc).toMatchObject({
      '@type': 'Legislation',
      url: `${SITE}/van-ban/nq-22-2013/`,
      legislationIdentifier: '22-NQ/TW',
      legislationType: 'Nghị quyết',
      legislationDate: '2013-04-10',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Bộ Chính trị (khóa XI)' },
      legislationLegalForce: 'https://schema.org/NotInForce',
      '@reverse': { legislationChanges: [{ '@type': 'Legislation', legislationIdentifier: '59-NQ/TW' }] },
    });
    const [successor] = jsonLd(after.page('/van-ban/nq-59-2025/'));
    expect(vocabularyProblems(successor)).toEqual([]);
    expect(successor.legislationChanges).toMatchObject([{ legislationIdentifier: '22-NQ/TW' }]);
    expect(after.page('/van-ban/nq-22-2013/')).toContain(`<link rel="canonical" href="${SITE}/van-ban/nq-22-2013/">`);
  });

  it('describes each report as schema.org Report: unit, period, date, the documents it answers', () => {
    const [report] = jsonLd(after.page('/bao-cao/tinh-a/huyen-a/2022-hoi-nhap/'));
    expect(vocabularyProblems(report)).toEqual([]);
    expect(report).toMatchObject({
      '@type': 'Report',
      name: 'Báo cáo hội nhập quốc tế năm 2022',
      reportNumber: '5/BC-UBND',
      datePublished: '2023-01-20',
      temporalCoverage: '2022-01-01/2022-12-31',
      author: { '@type': 'GovernmentOrganization', name: 'UBND huyện A', url: `${SITE}/don-vi/huyen-a/` },
    });
    expect((report.citation as { legislationIdentifier: string }[]).map((c) => c.legislationIdentifier).sort()).toEqual(['22-NQ/TW', '7/SNgV-HTQT']);
  });

  it('keeps a title with markup inside its JSON-LD string', () => {
    const html = after.page('/bao-cao/tinh-b/huyen-b/2023-h2-dau/');
    const [report] = jsonLd(html);
    expect(report.name).toBe(MARKUP_TITLE);
    expect(html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/)![0]).not.toMatch(/<\/?(b|script)>[\s\S]*<\/script>$/);
  });

  it('writes a sitemap of every page with its last change from git, and robots.txt naming it', () => {
    const index = file(after, 'sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const maps = (xml.parse(index).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
    const urls = maps.flatMap((loc) => {
      const text = file(after, new URL(loc).pathname);
      expect(XMLValidator.validate(text)).toBe(true);
      return xml.parse(text).urlset.url as { loc: string; lastmod?: string }[];
    });
    const lastmod = (path: string) => urls.find((u) => u.loc === `${SITE}${path}`)?.lastmod;
    expect(urls.length).toBeGreaterThan(20);
    expect(lastmod('/bao-cao/tinh-a/huyen-a/2023-h1-hoi-nhap/')).toMatch(/^2025-04-20/);
    expect(lastmod('/bao-cao/tinh-a/huyen-a/2022-hoi-nhap/')).toMatch(/^2025-04-01/);
    expect(lastmod('/van-ban/cv-7-2023/')).toMatch(/^2025-04-20/);
    expect(urls.some((u) => u.loc.includes('mat'))).toBe(false);
    expect(file(after, 'robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});

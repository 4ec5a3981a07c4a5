import ICAL from 'ical.js';
import { createEvent, type EventAttributes } from 'ics';
import { describe, expect, it } from 'vitest';
import { atomFeed, dayToDate, type FeedEntry } from '../../src/lib/feeds/atom.ts';
import { tagUri, webcalUrl } from '../../src/lib/feeds/feed-urls.ts';
import { calendarIcs, sequenceOf } from '../../src/lib/calendar/ics.ts';
import type { DeadlineEvent } from '../../src/lib/calendar/events.ts';
import { jsonLdScriptText } from '../../src/lib/linked-data/json-ld.ts';

const entry = (over: Partial<FeedEntry>): FeedEntry => ({ id: 'tag:x,2026:a', title: 'Báo cáo', link: '/bao-cao/a/', updated: '2023-05-02', summary: 'tóm tắt', ...over });
const feed = (entries: FeedEntry[]) => atomFeed({ id: 'tag:x,2026:f', title: 'Bản tin', subtitle: 's', self: '/bao-cao/ban-tin.xml', page: '/bao-cao/', entries, emptyUpdated: '2023-06-30' }, 'https://songoaivu.example.vn');

describe('Atom feeds', () => {
  it('never lets an impossible day into a feed', () => {
    expect(dayToDate('2022-02-30')).toBeNull();
    expect(dayToDate('2022-13-01')).toBeNull();
    expect(dayToDate('2022-06')).toBeNull();
    expect(dayToDate('2024-02-29')?.toISOString()).toBe('2024-02-28T17:00:00.000Z');
    const xml = feed([entry({ id: 'tag:x,2026:tot' }), entry({ id: 'tag:x,2026:sai', updated: '2022-02-30' }), entry({ id: 'tag:x,2026:sai-ngay-ban-hanh', published: '2022-04-31' })]);
    expect(xml).toContain('tag:x,2026:tot');
    expect(xml).not.toContain('tag:x,2026:sai');
  });

  it('dates an empty feed by the as-of day, never by the clock', () => {
    expect(feed([])).toContain('<updated>2023-06-29T17:00:00.000Z</updated>');
  });

  it('orders entries newest first, then by id, so two builds write the same bytes', () => {
    const entries = [entry({ id: 'tag:x,2026:b' }), entry({ id: 'tag:x,2026:c', updated: '2024-01-01' }), entry({ id: 'tag:x,2026:a' })];
    const xml = feed(entries);
    expect([...xml.matchAll(/<id>(tag:x,2026:[abc])<\/id>/g)].map((m) => m[1])).toEqual(['tag:x,2026:c', 'tag:x,2026:a', 'tag:x,2026:b']);
    expect(feed([...entries].reverse())).toBe(xml);
  });

  it('makes ids and subscription addresses from content ids and the site alone', () => {
    expect(tagUri('https://songoaivu.example.vn', 'nhiem-vu/tinh-a/x#viec')).toBe('tag:songoaivu.example.vn,2026:nhiem-vu/tinh-a/x/viec');
    expect(webcalUrl('https://songoaivu.example.vn/don-vi/a/lich.ics')).toBe('webcal://songoaivu.example.vn/don-vi/a/lich.ics');
  });
});

describe('calendars', () => {
  const event = (over: Partial<DeadlineEvent>): DeadlineEvent => ({
    key: 'han-bao-cao/kh#d@2023-H1:a', unit: 'a', day: '2023-07-15', title: 'Hạn báo cáo; 6 tháng, đầu năm', description: 'Dòng một\nDòng hai', link: '/don-vi/a/', file: 'directives/kh.mdx', category: 'Hạn báo cáo', ...over,
  });

  it('writes all-day events that parse back with their text, SEQUENCE from the file\'s last change', () => {
    const ics = calendarIcs({ name: 'Lịch của UBND huyện A, tỉnh A; một tên rất dài để phải gấp dòng theo RFC 5545', events: [event({})], changeDay: () => '2025-04-20', fallbackDay: '2025-05-01', site: 'https://songoaivu.example.vn' });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Lịch của UBND huyện A, tỉnh A; một tên rất dài để phải gấp dòng theo RFC 5545');
    const [parsed] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed.summary).toBe('Hạn báo cáo; 6 tháng, đầu năm');
    expect(parsed.description).toBe('Dòng một\nDòng hai');
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2023-07-15');
    expect(parsed.endDate.toString()).toBe('2023-07-16');
    expect(parsed.sequence).toBe(sequenceOf('2025-04-20'));
    expect(parsed.uid).toBe('han-bao-cao/kh#d@2023-H1:a@songoaivu.example.vn');
  });

  it('writes each event as the ics package would: the same properties and values, parsed back by ical.js', () => {
    const hostile = [
      event({}),
      event({ key: 'nhiem-vu/a/b#c', title: 'Hạn nhiệm vụ: a\\b; c, d\r\ne "x" <b>đậm</b> 🇻🇳', description: '', category: 'Hạn nhiệm vụ', day: '2024-02-29' }),
      event({ key: 'k', title: 'Đ'.repeat(300), description: `${'Nghị quyết 22-NQ/TW; '.repeat(40)}\n\ndòng cuối`, link: '/bao-cao/a/?q=1&b=2#nhiem-vu', day: '2025-12-31' }),
    ];
    const site = 'https://songoaivu.example.vn';
    const ours = new ICAL.Component(ICAL.parse(calendarIcs({ name: 'Lịch', events: hostile, changeDay: () => '2025-03-01', fallbackDay: '2025-05-01', site })));
    const byUid = new Map(ours.getAllSubcomponents('vevent').map((v) => [v.getFirstPropertyValue('uid'), v]));
    for (const e of hostile) {
      const [y, m, d] = e.day.split('-').map(Number);
      const next = new Date(Date.UTC(y, m - 1, d + 1));
      const { error, value } = createEvent({
        uid: `${e.key}@songoaivu.example.vn`, start: [y, m, d], end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
        title: e.title, ...(e.description ? { description: e.description } : {}), url: `${site}${e.link}`, categories: [e.category],
        sequence: sequenceOf('2025-03-01'), transp: 'TRANSPARENT', timestamp: Date.parse('2025-03-01T00:00:00+07:00'),
      } as EventAttributes);
      expect(error).toBeFalsy();
      const reference = new ICAL.Component(ICAL.parse(value!)).getFirstSubcomponent('vevent')!;
      const mine = byUid.get(`${e.key}@songoaivu.example.vn`)!;
      const properties = (v: ICAL.Component) => Object.fromEntries(v.getAllProperties().map((p) => [p.name, p.getValues().map(String)]));
      expect(properties(mine)).toEqual(properties(reference));
      // Line for line once unfolded: the same escaping of \\ ; , and line breaks.
      const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
      const block = (lines: string[]) => lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
      const ourLines = unfolded(calendarIcs({ name: 'Lịch', events: [e], changeDay: () => '2025-03-01', fallbackDay: '2025-05-01', site }));
      expect(block(ourLines)).toEqual(block(unfolded(value!)));
    }
    for (const line of calendarIcs({ name: 'Lịch', events: hostile, changeDay: () => '2025-03-01', fallbackDay: '2025-05-01', site }).split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('raises SEQUENCE with every later change day', () => {
    expect(sequenceOf('2025-04-21')).toBe(sequenceOf('2025-04-20') + 1);
    expect(sequenceOf('2000-01-01')).toBe(0);
  });

  it('is a valid, empty calendar when a unit has no deadline', () => {
    const calendar = new ICAL.Component(ICAL.parse(calendarIcs({ name: 'Trống', events: [], changeDay: () => undefined, fallbackDay: '2025-05-01', site: undefined })));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('JSON-LD in a page', () => {
  it('cannot be closed by a title: <, > and & are escaped and read back the same', () => {
    const title = 'Báo cáo </script><script>alert(1)</script> & "x" \u2028';
    const text = jsonLdScriptText({ name: title });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ name: title });
  });
});

import { createEvent, type EventAttributes } from 'ics';
import { absoluteUrl } from '../linked-data/json-ld.ts';
import { addDays, daysBetween } from '../partial-date.ts';
import type { DeadlineEvent } from './events.ts';

/**
 * RFC 5545 calendars through the `ics` package (maintained, validates each event). Deadlines are
 * all-day events (DTSTART;VALUE=DATE), days of the Asia/Ho_Chi_Minh calendar, so a phone anywhere
 * shows 31/07 as 31/07.
 *
 * Stable identities without state between builds: UID is the obligation's or task's key at the
 * site's host; SEQUENCE and DTSTAMP come from the day the file holding the deadline last changed
 * in git (a document's duties, a report's task), counted in days since 01/01/2000. Moving a
 * deadline is an edit to that file, so it moves DTSTART and raises SEQUENCE in the same build; an
 * edit that leaves the date alone raises it too, which calendars accept (it only has to grow).
 * A file not committed yet counts from the build's as-of day (`fallbackDay`).
 */
export interface CalendarSpec {
  name: string;
  events: readonly DeadlineEvent[];
  /** Day (YYYY-MM-DD) a file last changed in git, or undefined when git does not say. */
  changeDay: (file: string) => string | undefined;
  fallbackDay: string;
  site: URL | string | undefined;
}

const EPOCH = '2000-01-01';

export function sequenceOf(changedOn: string): number {
  return Math.max(0, daysBetween(EPOCH, changedOn));
}

const dayArray = (day: string): [number, number, number] => {
  const [y, m, d] = day.split('-').map(Number);
  return [y, m, d];
};

/**
 * One event's VEVENT lines, written (and validated) by `ics` once per build: the same event sits in
 * its unit's, its province's and the whole site's calendar, and at 10,000 reports writing each
 * of some 30,000 events three times over was most of the calendars' cost.
 */
const written = new WeakMap<DeadlineEvent, { changed: string; site: string; block: string }>();

function eventBlock(event: DeadlineEvent, changed: string, site: URL | string | undefined): string {
  const siteKey = String(site ?? '');
  const known = written.get(event);
  if (known && known.changed === changed && known.site === siteKey) return known.block;
  const host = new URL(site ?? 'https://example.invalid').hostname;
  const attributes: EventAttributes = {
    uid: `${event.key}@${host}`,
    start: dayArray(event.day),
    end: dayArray(addDays(event.day, 1)),
    title: event.title,
    description: event.description,
    url: absoluteUrl(event.link, site),
    categories: [event.category],
    sequence: sequenceOf(changed),
    transp: 'TRANSPARENT',
    productId: PRODUCT,
  };
  const { error, value } = createEvent({ ...attributes, timestamp: Date.parse(`${changed}T00:00:00+07:00`) } as EventAttributes);
  if (error || !value) throw new Error(`Không tạo được sự kiện lịch ${event.key} (${event.title}): ${error?.message ?? 'không rõ lỗi'}`);
  const begin = value.indexOf('BEGIN:VEVENT');
  const end = value.indexOf('END:VEVENT') + 'END:VEVENT\r\n'.length;
  const block = value.slice(begin, end);
  written.set(event, { changed, site: siteKey, block });
  return block;
}

const PRODUCT = 'doi-ngoai-dia-phuong/lich-han';

/**
 * The calendar's name (X-WR-CALNAME) as the ics package writes it: line breaks escaped, commas
 * left as they are, since calendar apps read this non-standard property as it stands.
 */
const text = (value: string) => value.replace(/\r?\n/g, '\\n');

export function calendarIcs(spec: CalendarSpec): string {
  const blocks = [...spec.events]
    .sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key))
    .map((event) => eventBlock(event, spec.changeDay(event.file) ?? spec.fallbackDay, spec.site));
  const header = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `PRODID:${PRODUCT}`, 'METHOD:PUBLISH', `X-WR-CALNAME:${text(spec.name)}`,
    'X-PUBLISHED-TTL:PT12H', 'X-WR-TIMEZONE:Asia/Ho_Chi_Minh'].map(foldLine).join('\r\n');
  return `${header}\r\n${blocks.join('')}END:VCALENDAR\r\n`;
}

/** Lines longer than 75 octets folded as RFC 5545 3.1 says (the name may be long). */
function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

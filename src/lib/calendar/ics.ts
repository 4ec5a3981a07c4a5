import { absoluteUrl } from '../linked-data/json-ld.ts';
import { addDays, daysBetween } from '../partial-date.ts';
import type { DeadlineEvent } from './events.ts';

/**
 * RFC 5545 calendars, written here: all-day events with a handful of text properties. The `ics`
 * package wrote them at first; at 10,000 reports its per-event schema check (yup) and its line
 * folding took 16 s of a 73 s page generation for 30,000 events our own schema had checked
 * already, so the lines are written directly and the unit test holds them to what `ics` writes,
 * parsed back by ical.js. Deadlines are all-day events (DTSTART;VALUE=DATE), days of the
 * Asia/Ho_Chi_Minh calendar, so a phone anywhere shows 31/07 as 31/07.
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

/**
 * One event's VEVENT lines, written once per build: the same event sits in its unit's, its
 * province's and the whole site's calendar.
 */
const written = new WeakMap<DeadlineEvent, { changed: string; site: string; block: string }>();

function eventBlock(event: DeadlineEvent, changed: string, site: URL | string | undefined): string {
  const siteKey = String(site ?? '');
  const known = written.get(event);
  if (known && known.changed === changed && known.site === siteKey) return known.block;
  const host = new URL(site ?? 'https://example.invalid').hostname;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${oneLine(`${event.key}@${host}`)}`,
    `SUMMARY:${escapeText(event.title)}`,
    // DTSTAMP: midnight of the change day in Vietnam, in UTC.
    `DTSTAMP:${compactDay(addDays(changed, -1))}T170000Z`,
    `DTSTART;VALUE=DATE:${compactDay(event.day)}`,
    `DTEND;VALUE=DATE:${compactDay(addDays(event.day, 1))}`,
    `SEQUENCE:${sequenceOf(changed)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    `URL:${oneLine(absoluteUrl(event.link, site))}`,
    `CATEGORIES:${escapeText(event.category)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
  const block = `${lines.map(foldLine).join('\r\n')}\r\n`;
  written.set(event, { changed, site: siteKey, block });
  return block;
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
const escapeText = (value: string) => value.replace(/\\/g, '\\\\').replace(/\r?\n|\r/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
/** A value that is not TEXT (a URI, an id): only line breaks could break the file. */
const oneLine = (value: string) => value.replace(/\r?\n|\r/g, '\\n');
/** 2023-07-15 → 20230715. */
const compactDay = (day: string) => day.replaceAll('-', '');

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

/**
 * Lines longer than 75 octets folded as RFC 5545 3.1 says: CRLF and a space before each further
 * 74 octets, never inside a character (a reader unfolding the lines gets the text back exactly).
 */
function foldLine(line: string): string {
  if (line.length <= 75 / 4 || Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const point = line.codePointAt(i)!;
    const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += size;
    i += point > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

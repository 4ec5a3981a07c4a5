import { createEvents, type EventAttributes } from 'ics';
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

export function calendarIcs(spec: CalendarSpec): string {
  const host = new URL(spec.site ?? 'https://example.invalid').hostname;
  const events: EventAttributes[] = [...spec.events]
    .sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key))
    .map((event) => {
      const changed = spec.changeDay(event.file) ?? spec.fallbackDay;
      return {
        uid: `${event.key}@${host}`,
        start: dayArray(event.day),
        end: dayArray(addDays(event.day, 1)),
        title: event.title,
        description: event.description,
        url: absoluteUrl(event.link, spec.site),
        categories: [event.category],
        sequence: sequenceOf(changed),
        timestamp: Date.parse(`${changed}T00:00:00+07:00`),
        transp: 'TRANSPARENT',
        productId: 'doi-ngoai-dia-phuong/lich-han',
        calName: spec.name,
      } as EventAttributes;
    });
  if (!events.length) return emptyCalendar(spec.name);
  const { error, value } = createEvents(events);
  if (error || !value) throw new Error(`Không tạo được lịch "${spec.name}": ${error?.message ?? 'không rõ lỗi'}`);
  return withTimeZone(value);
}

/** The calendar's time zone, for apps that read it (all-day dates need none to be right). */
function withTimeZone(ics: string): string {
  return ics.replace('X-PUBLISHED-TTL:PT1H\r\n', 'X-PUBLISHED-TTL:PT12H\r\nX-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\n');
}

/** A calendar with no deadline yet: still a valid, subscribable VCALENDAR. */
function emptyCalendar(name: string): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:doi-ngoai-dia-phuong/lich-han', 'METHOD:PUBLISH', `X-WR-CALNAME:${name.replace(/[\\;,]/g, (c) => `\\${c}`)}`,
    'X-PUBLISHED-TTL:PT12H', 'X-WR-TIMEZONE:Asia/Ho_Chi_Minh', 'END:VCALENDAR', ''].join('\r\n');
}

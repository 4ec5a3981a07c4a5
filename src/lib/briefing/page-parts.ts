import { documentName } from '../labels.ts';
import type { LegalDocument } from '../model.ts';
import { formatPartialDate, parsePartialDate } from '../partial-date.ts';
import type { TimelineItem } from './charts/timeline.ts';

/**
 * What the briefing pages (/tap-huan/ID/ and /tap-huan/chu-de/ID/) pick out of a briefing, so the
 * pages only wire it to their markup.
 */

/** A line of documents as timeline items, oldest first as given; `currentId` is drawn as "this document". */
export function timelineItems(documents: readonly LegalDocument[], currentId?: string): TimelineItem[] {
  return documents.map((d) => ({ name: documentName(d), year: parsePartialDate(d.issued)!.year, date: formatPartialDate(d.issued), issuer: d.issuer, current: d.id === currentId }));
}

/** The names of the units whose reports a briefing quotes, each once, in the briefing's order. */
export function quotedUnits(reports: readonly { unitName: string }[]): string[] {
  return [...new Set(reports.map((r) => r.unitName))];
}

import type { Report } from '../model.ts';
import { formatPartialDate } from '../partial-date.ts';

const kindWords: Record<Report['kind'], string> = { 'bao-cao': 'Báo cáo', 'cong-van': 'Công văn', 'to-trinh': 'Tờ trình' };

/**
 * How a briefing names a report where a web page would show a link: by its number and date, as
 * staff cite documents, so the printed pack still says which report a passage comes from.
 * Unsigned copies have no number; they are named by their symbol ("Báo cáo số …/BC-UBND").
 */
export function reportReference(report: Report): string {
  const number = report.number ?? (report.symbol ? `…/${report.symbol}` : undefined);
  const date = report.issued ? formatPartialDate(report.issued) : '';
  const dated = date ? (/^\d/.test(date) ? ` ngày ${date}` : ` ${date}`) : '';
  return `${kindWords[report.kind]}${number ? ` số ${number}` : ''}${dated}`;
}

import { documentKindLabels } from '../labels.ts';
import { parsePartialDate } from '../partial-date.ts';
import type { Citation } from './types.ts';

/**
 * A date as administrative documents print it (Nghị định 30/2020/NĐ-CP, Phụ lục I): days below 10 and
 * the months January and February with a leading zero — 08/7/2020, 05/01/2022, 17/9/2020.
 */
export function documentStyleDate(date: string): string {
  const parsed = parsePartialDate(date);
  if (!parsed) return date;
  const month = parsed.month ? (parsed.month <= 2 ? String(parsed.month).padStart(2, '0') : String(parsed.month)) : '';
  if (parsed.day) return `${String(parsed.day).padStart(2, '0')}/${month}/${parsed.year}`;
  if (parsed.month) return `tháng ${month}/${parsed.year}`;
  return `năm ${parsed.year}`;
}

/** A citation written out the way reports print it: "Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ". */
export function citationText(parts: { kind: string; kindText?: string | null; number: string; date?: string | null; issuer?: string | null }): string {
  const kind = parts.kindText && parts.kind !== 'van-ban' ? parts.kindText : documentKindLabels[parts.kind] ?? parts.kindText ?? 'Văn bản';
  const label = kind.charAt(0).toUpperCase() + kind.slice(1);
  return `${label} số ${parts.number}${parts.date ? ` ngày ${documentStyleDate(parts.date)}` : ''}${parts.issuer ? ` của ${parts.issuer}` : ''}`;
}

/** How a citation is named in a message: as printed, without its issuer. */
export function citedAs(c: Pick<Citation, 'kind' | 'kindText' | 'number' | 'date'>): string {
  return citationText({ kind: c.kind, kindText: c.kindText, number: c.number, date: c.date });
}

import { svgFrame, textBlock, wrap } from './svg.ts';

/** One document on a lineage timeline. */
export interface TimelineItem {
  /** "Chỉ thị 04-CT/TW". */
  name: string;
  /** The year drawn above the mark. */
  year: number;
  /** "06/07/2011". */
  date: string;
  /** "Ban Bí thư (khóa XI)". */
  issuer: string;
  /** The document the page is about: drawn filled and labelled "Văn bản này". */
  current: boolean;
}

export interface TimelineOptions {
  id: string;
  title: string;
  items: TimelineItem[];
  width?: number;
}

const TOP = 34;
const MARK_Y = 58;
const RADIUS = 9;

/**
 * A lineage drawn left to right, oldest first: year, mark, name, date and issuer for each document,
 * arrows between them. The description repeats the chain in words.
 */
export function lineageTimeline({ id, title, items, width = 720 }: TimelineOptions): string {
  const column = width / Math.max(1, items.length);
  const nameLines = items.map((item) => wrap(item.name, column - 16, 14));
  const issuerLines = items.map((item) => wrap(item.issuer, column - 16, 12));
  const textRows = Math.max(...items.map((_, i) => nameLines[i].length * 18 + 18 + issuerLines[i].length * 16), 0);
  const height = MARK_Y + RADIUS + 22 + textRows + 26;
  const parts: string[] = [
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#4a5360"/></marker></defs>`,
  ];
  items.forEach((item, i) => {
    const x = Math.round(column * (i + 0.5));
    if (i > 0) {
      const from = Math.round(column * (i - 0.5)) + RADIUS + 4;
      parts.push(`<line x1="${from}" y1="${MARK_Y}" x2="${x - RADIUS - 4}" y2="${MARK_Y}" stroke="#4a5360" stroke-width="2" marker-end="url(#${id}-arrow)"/>`);
      parts.push(textBlock(['kế tục'], Math.round(column * i), MARK_Y - 8, { size: 11, anchor: 'middle', className: 'chart-muted' }));
    }
    parts.push(textBlock([String(item.year)], x, TOP, { size: 15, anchor: 'middle', weight: 700 }));
    parts.push(item.current
      ? `<circle cx="${x}" cy="${MARK_Y}" r="${RADIUS}" fill="#0b4f8a" stroke="#0b4f8a" stroke-width="3"/>`
      : `<circle cx="${x}" cy="${MARK_Y}" r="${RADIUS}" fill="#ffffff" stroke="#0b4f8a" stroke-width="2"/>`);
    let y = MARK_Y + RADIUS + 22;
    parts.push(textBlock(nameLines[i], x, y, { size: 14, anchor: 'middle', weight: item.current ? 700 : 600 }));
    y += nameLines[i].length * 18;
    parts.push(textBlock([item.date], x, y, { size: 12, anchor: 'middle' }));
    y += 16;
    parts.push(textBlock(issuerLines[i], x, y, { size: 12, anchor: 'middle', className: 'chart-muted' }));
    y += issuerLines[i].length * 16;
    if (item.current) parts.push(textBlock(['(văn bản này)'], x, y + 2, { size: 12, anchor: 'middle', weight: 700 }));
  });
  const desc = items.length > 1
    ? `Theo thứ tự thời gian: ${items.map((item) => `${item.name} ngày ${item.date} của ${item.issuer}${item.current ? ' (văn bản này)' : ''}`).join(', kế tục là ')}.`
    : `${items[0]?.name ?? ''} chưa có văn bản trước hoặc sau trong cơ sở dữ liệu.`;
  return svgFrame(id, width, height, title, desc, parts.join(''));
}

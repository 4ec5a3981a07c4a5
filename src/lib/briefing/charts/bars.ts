import { esc, svgFrame, textBlock, textWidth, wrap } from './svg.ts';

/** A kind of thing counted in the bars (a task status, or simply "báo cáo"). */
export interface BarCategory {
  key: string;
  /** The words shown beside counts and in the legend ("quá hạn"). */
  label: string;
  fill: string;
  /** A texture on top of the colour, so categories differ in grey print too. */
  texture?: 'hatch' | 'dots' | 'cross';
}

export interface BarRow {
  label: string;
  /** Count per category key. */
  values: Record<string, number>;
}

export interface BarsOptions {
  id: string;
  title: string;
  categories: BarCategory[];
  rows: BarRow[];
  /** What is counted, for the totals ("nhiệm vụ", "báo cáo"). */
  noun: string;
  /** Counts in words under each bar and a legend; by default only when there are several categories. */
  explain?: boolean;
  width?: number;
}

const LABEL_WIDTH = 210;
const TOTAL_WIDTH = 110;
const BAR_HEIGHT = 20;

function texture(id: string, category: BarCategory): string {
  const shapes = {
    hatch: '<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#ffffff" stroke-width="1.6" opacity="0.7"/>',
    dots: '<circle cx="4" cy="4" r="1.5" fill="#ffffff" opacity="0.8"/>',
    cross: '<path d="M0,0 L8,8 M8,0 L0,8" stroke="#ffffff" stroke-width="1.2" opacity="0.7"/>',
  };
  const shape = category.texture ? shapes[category.texture] : '';
  return `<pattern id="${id}-${category.key}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${category.fill}"/>${shape}</pattern>`;
}

/** "4 quá hạn · 2 đã hoàn thành đúng hạn": a row's counts in words. */
export function rowBreakdown(row: BarRow, categories: BarCategory[]): string {
  return categories.filter((c) => (row.values[c.key] ?? 0) > 0).map((c) => `${row.values[c.key]} ${c.label}`).join(' · ');
}

/**
 * Horizontal stacked bars, one row per label: each segment carries its count, each row its total
 * and its counts in words below the bar, and a legend names every colour and texture.
 */
export function stackedBars({ id, title, categories, rows, noun, explain = categories.length > 1, width = 720 }: BarsOptions): string {
  const barArea = width - LABEL_WIDTH - TOTAL_WIDTH;
  const totals = rows.map((row) => categories.reduce((sum, c) => sum + (row.values[c.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const parts: string[] = [`<defs>${categories.map((c) => texture(id, c)).join('')}</defs>`];
  let y = 12;
  rows.forEach((row, r) => {
    const labelLines = wrap(row.label, LABEL_WIDTH - 12, 13).slice(0, 3);
    const rowHeight = Math.max(BAR_HEIGHT + (explain ? 24 : 4), labelLines.length * 17 + 8);
    parts.push(textBlock(labelLines, 0, y + 14, { size: 13 }));
    let x = LABEL_WIDTH;
    for (const category of categories) {
      const value = row.values[category.key] ?? 0;
      if (!value) continue;
      const w = Math.max(2, Math.round((value / max) * barArea));
      parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${BAR_HEIGHT}" fill="url(#${id}-${category.key})" stroke="#ffffff" stroke-width="1"><title>${esc(`${value} ${category.label}`)}</title></rect>`);
      if (w >= 24) parts.push(`<text x="${x + w / 2}" y="${y + 15}" font-size="12" font-weight="700" text-anchor="middle" fill="#ffffff" stroke="${category.fill}" stroke-width="3" paint-order="stroke">${value}</text>`);
      x += w;
    }
    parts.push(textBlock([`${totals[r]} ${noun}`], x + 8, y + 15, { size: 13, weight: 600 }));
    if (explain) parts.push(textBlock([rowBreakdown(row, categories)], LABEL_WIDTH, y + BAR_HEIGHT + 15, { size: 12, className: 'chart-muted' }));
    y += rowHeight + 8;
  });
  // Legend: a swatch with its texture and the category's words (one category needs none: the totals say it).
  let lx = 0;
  let legendY = y + 6;
  for (const category of explain ? categories : []) {
    const itemWidth = 22 + textWidth(category.label, 12) + 18;
    if (lx > 0 && lx + itemWidth > width) {
      lx = 0;
      legendY += 24;
    }
    parts.push(`<rect x="${lx}" y="${legendY}" width="16" height="16" fill="url(#${id}-${category.key})" stroke="#1b1f24" stroke-width="0.5"/>`);
    parts.push(textBlock([category.label], lx + 22, legendY + 13, { size: 12 }));
    lx += itemWidth;
  }
  const height = explain ? legendY + 28 : y + 4;
  const desc = rows.length
    ? rows.map((row, r) => `${row.label}: ${totals[r]} ${noun}${totals[r] ? ` (${rowBreakdown(row, categories)})` : ''}`).join('; ') + '.'
    : `Chưa có ${noun}.`;
  return svgFrame(id, width, height, title, desc, parts.join(''));
}

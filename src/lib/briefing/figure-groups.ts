import type { FigureTopic } from './figures.ts';
import type { Report } from '../model.ts';
import type { BriefingFigure } from './build.ts';

/** Headings of the key-figure table, in the order a trainer asks about them. */
export const figureTopicLabels: Record<FigureTopic, string> = {
  aid: 'Viện trợ, hỗ trợ',
  trade: 'Xuất khẩu, nhập khẩu',
  exchanges: 'Đoàn ra, đoàn vào, lượt khách',
  investment: 'Đầu tư',
  labour: 'Lao động, việc làm',
  other: 'Số liệu khác',
};

/** One quoted passage and the figures read from it. */
export interface FigureRow {
  report: Report;
  unitName: string;
  line: number;
  excerpt: string;
  /** The figures as printed, in the order they stand. */
  figures: string[];
}

export interface FigureGroup {
  topic: FigureTopic;
  label: string;
  rows: FigureRow[];
}

/**
 * Figures grouped by topic, then by the passage they stand in, so a passage listing five amounts
 * is quoted once. A passage goes under the topic of its first figure.
 */
export function groupFigures(figures: BriefingFigure[]): FigureGroup[] {
  const rows = new Map<string, FigureRow & { topic: FigureTopic }>();
  for (const f of figures) {
    const key = `${f.report.id}\n${f.line}\n${f.excerpt}`;
    const row = rows.get(key) ?? { report: f.report, unitName: f.unitName, line: f.line, excerpt: f.excerpt, figures: [], topic: f.topic };
    if (!row.figures.includes(f.text)) row.figures.push(f.text);
    rows.set(key, row);
  }
  return (Object.keys(figureTopicLabels) as FigureTopic[])
    .map((topic) => ({ topic, label: figureTopicLabels[topic], rows: [...rows.values()].filter((r) => r.topic === topic).map(({ topic: _t, ...row }) => row) }))
    .filter((group) => group.rows.length > 0);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A letter or digit just before a match, or a letter just after, means it is part of a longer word or number. */
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const LETTER = /\p{L}/u;

/**
 * The passage as HTML with its figures in bold, so the eye finds them in the quote. Each figure is
 * bolded once, where it stands as a whole (not inside a longer number, nor inside one already bold).
 * The boundary is checked by hand: a pattern with \p{L} look-arounds, compiled per figure, took
 * most of a briefing page's build time.
 */
export function highlightFigures(excerpt: string, figures: string[]): string {
  let html = escapeHtml(excerpt);
  const sorted = [...figures].sort((a, b) => b.length - a.length);
  for (const figure of sorted) {
    const pattern = new RegExp(escapeHtml(figure).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'g');
    for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
      const before = html[match.index - 1] ?? '';
      const after = html[match.index + match[0].length] ?? '';
      if (before === '>' || after === '<' || LETTER_OR_DIGIT.test(before) || LETTER.test(after)) continue;
      html = `${html.slice(0, match.index)}<strong>${match[0]}</strong>${html.slice(match.index + match[0].length)}`;
      break;
    }
  }
  return html;
}

import type { Nodes } from 'mdast';
import { lineOf, parseMarkdown, plainText } from './mdast.ts';

/**
 * Key figures in a report's text: amounts of money and counts of things, each with the sentence it
 * stands in, so a briefing can quote the figure where the unit wrote it rather than copy it out.
 * Numbers are read the Vietnamese way: '.' groups thousands, ',' marks decimals (1.409; 61,6).
 */

/** What a figure is about, read from the words around it. */
export type FigureTopic = 'aid' | 'trade' | 'investment' | 'exchanges' | 'labour' | 'other';

export interface Figure {
  /** As printed: "1.409 triệu USD", "17 đoàn". */
  text: string;
  /** The number as written (1409 for "1.409 triệu USD"). */
  value: number;
  /** The number with its scale word applied (1 409 000 000 for "1.409 triệu USD"). */
  amount: number;
  /** Currency (đồng, USD, EUR, Yên) or the thing counted (lượt người, đoàn, dự án…). */
  unit: string;
  kind: 'money' | 'count';
  topic: FigureTopic;
  /** Offset of the figure in the text it was read from. */
  index: number;
}

export interface SourcedFigure extends Figure {
  /** The sentence the figure stands in, as plain text. */
  sentence: string;
  /** What to quote: the sentence, or in a very long one the clause between semicolons, with "…". */
  excerpt: string;
  /** 1-based line of that sentence in the Markdown it came from. */
  line: number;
}

const scales: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
const currencies: Record<string, string> = { đồng: 'đồng', vnđ: 'đồng', vnd: 'đồng', usd: 'USD', euro: 'EUR', eur: 'EUR', yên: 'Yên' };
/** Things counted, longest first so "lượt đoàn" wins over "lượt". */
const countNouns = [
  'lượt đoàn', 'lượt người', 'lượt khách', 'lượt', 'đoàn', 'dự án', 'chương trình', 'lao động', 'doanh nghiệp',
  'sinh viên', 'học sinh', 'tổ chức', 'hội nghị', 'hội thảo', 'lớp', 'người',
];
/** Counted things whose topic is in the word itself. */
const nounTopics: Record<string, FigureTopic> = {
  'lượt đoàn': 'exchanges', 'lượt người': 'exchanges', 'lượt khách': 'exchanges', đoàn: 'exchanges', 'lao động': 'labour',
};
const topicWords: [FigureTopic, RegExp][] = [
  ['aid', /viện trợ|tài trợ|hỗ trợ|cứu trợ|ủng hộ|phi chính phủ|PCPNN/giu],
  ['trade', /xuất khẩu|nhập khẩu|kim ngạch|thương mại/giu],
  ['investment', /đầu tư|vốn|FDI/gu],
  ['exchanges', /đoàn(?!\s+(?:kết|thể|viên|thanh niên))|lượt|đón tiếp|người nước ngoài/giu],
  ['labour', /lao động|việc làm/giu],
];

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\d.,-])(${NUMBER})(?:\s+(nghìn|ngàn|triệu|tỷ|tỉ))?\s*(đồng(?!\s+(?:chí|bằng|bộ|thời|ý))|VNĐ|VND|USD|EURO|EUR|Yên|${countNouns.join('|')})(?![\p{L}])`,
  'giu',
);

/** Reads "1.409", "61,6", "115.000.000" as numbers; null for anything else. */
export function parseVietnameseNumber(text: string): number | null {
  if (!new RegExp(`^(?:${NUMBER})$`).test(text)) return null;
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

/** How far after a figure a topic word still names it ("02 dự án đầu tư nước ngoài"). */
const AFTER_WINDOW = 40;

/** The topic of the figure at `index`: the nearest topic word before it, else one just after it. */
function topicAt(text: string, index: number, end: number): FigureTopic {
  let best: { topic: FigureTopic; at: number } | undefined;
  let after: { topic: FigureTopic; at: number } | undefined;
  for (const [topic, pattern] of topicWords) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index;
      if (at < index && (!best || at > best.at)) best = { topic, at };
      if (at >= end && at <= end + AFTER_WINDOW && (!after || at < after.at)) after = { topic, at };
    }
  }
  return best?.topic ?? after?.topic ?? 'other';
}

/** Figures in one stretch of plain text (a sentence or a paragraph), in order. */
export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.normalize('NFC').matchAll(FIGURE)) {
    const [whole, number, scaleWord, unitWord] = match;
    const value = parseVietnameseNumber(number)!;
    const scale = scaleWord ? scales[scaleWord.toLowerCase()] : 1;
    const currency = currencies[unitWord.toLowerCase()];
    const noun = unitWord.toLowerCase();
    const end = match.index + whole.length;
    figures.push({
      text: whole.replace(/\s+/g, ' '),
      value,
      amount: value * scale,
      unit: currency ?? noun,
      kind: currency ? 'money' : 'count',
      topic: (!currency && nounTopics[noun]) || topicAt(text, match.index, end),
      index: match.index,
    });
  }
  return figures;
}

/** A list marker such as "a.", "2.", "2.1." ends no sentence. */
const ENUMERATOR = /(?:^|\s)(?:\d+(?:\.\d+)*|[a-zđ])$/iu;

/** Sentences of a paragraph with their offsets: a sentence ends at . ! ? before a capital or digit. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const boundary = /[.!?…]["”)]?\s+(?=[\p{Lu}\d“"(*-])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    if (ENUMERATOR.test(text.slice(start, match.index))) continue;
    const end = match.index + match[0].trimEnd().length;
    out.push({ text: text.slice(start, end).trim(), start });
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim()) out.push({ text: text.slice(start).trim(), start });
  return out;
}

const LONG_SENTENCE = 280;

/** The part of a sentence to quote for a figure at `index`: all of it, or its clause when very long. */
export function excerptAround(sentence: string, index: number): string {
  if (sentence.length <= LONG_SENTENCE) return sentence;
  const start = sentence.lastIndexOf(';', index) + 1;
  const stop = sentence.indexOf(';', index);
  const clause = sentence.slice(start, stop < 0 ? undefined : stop).trim();
  return `${start > 0 ? '… ' : ''}${clause}${stop >= 0 ? ' …' : ''}`;
}

/** Every figure in a Markdown body, with its sentence and line. Footnotes are left out. */
export function figuresInMarkdown(markdown: string): SourcedFigure[] {
  const found: SourcedFigure[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'footnoteDefinition') return;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const text = plainText(node);
      for (const sentence of sentences(text)) {
        const line = lineOf(node) + (text.slice(0, sentence.start).match(/\n/g)?.length ?? 0);
        const oneLine = sentence.text.replace(/\s+/g, ' ');
        for (const figure of extractFigures(oneLine)) found.push({ ...figure, sentence: oneLine, excerpt: excerptAround(oneLine, figure.index), line });
      }
      return;
    }
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(parseMarkdown(markdown));
  return found;
}

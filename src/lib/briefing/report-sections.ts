import type { Nodes, Paragraph, RootContent } from 'mdast';
import { blocks, headingSource, lineOf, offsets, parseMarkdown, plainText } from './mdast.ts';
import { foldVietnamese } from '../text.ts';

/**
 * The parts every report to the Sở Ngoại vụ is built from, whatever each unit calls them:
 * what was done (results), how it went (assessment), what comes next (direction), what the unit
 * asks of others (recommendations). Anything else (the opening, a title) is `other`.
 */
export type SectionKind = 'results' | 'assessment' | 'direction' | 'recommendations' | 'other';

/** The sub-parts of an assessment: ưu điểm / tồn tại, hạn chế / nguyên nhân / giải pháp. */
export type AssessmentPartKind = 'strengths' | 'limitations' | 'causes' | 'solutions';

/** A stretch of a body: offsets into the body text, and the body line it starts on (1-based). */
export interface BodySpan {
  start: number;
  end: number;
  line: number;
  /** Where the text after the heading starts (equals `start` when there is no heading). */
  contentStart: number;
  /** The heading as written, Markdown marks kept, without `#` ('' for text before any heading). */
  heading: string;
  /** The heading as plain text. */
  title: string;
}

export interface AssessmentPart extends BodySpan {
  /** What the part is about, in the order its heading names them; empty when it names none. */
  kinds: AssessmentPartKind[];
}

export interface ReportSection extends BodySpan {
  kind: SectionKind;
  /** Sub-parts, for an assessment; empty for other kinds. */
  parts: AssessmentPart[];
}

const sectionWords: [Exclude<SectionKind, 'other'>, RegExp][] = [
  ['results', /\b(ket qua|tinh hinh|nhung viec da lam)\b/],
  ['assessment', /\b(danh gia|uu diem|ton tai|han che|kho khan|nguyen nhan|bai hoc)\b/],
  ['direction', /\b(phuong huong|nhiem vu|dinh huong|giai phap|ke hoach)\b/],
  ['recommendations', /\b(de xuat|kien nghi|de nghi)\b/],
];

const partWords: [AssessmentPartKind, RegExp][] = [
  ['strengths', /\b(uu diem|thuan loi|mat duoc|ket qua dat duoc)\b/],
  ['limitations', /\b(ton tai|han che|kho khan|yeu kem|bat cap|vuong mac|canh bao)\b/],
  ['causes', /\bnguyen nhan\b/],
  ['solutions', /\b(giai phap|bai hoc)\b/],
];

/** Folded, lower-case words of a heading with its numbering (I., 2., a), -) taken off. */
function headingWords(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/^[\s*\-–•]*(?:(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[.)/]\s*)?/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Matches in a heading, earliest first. */
function matchesIn<K>(text: string, table: [K, RegExp][]): K[] {
  const words = headingWords(text);
  return table
    .map(([kind, pattern]) => ({ kind, at: words.search(pattern) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((m) => m.kind);
}

/** The kind of section a heading opens: the kind whose words come first in it. */
export function classifyHeading(text: string): SectionKind {
  return matchesIn(text, sectionWords)[0] ?? 'other';
}

/**
 * What an assessment sub-heading covers. "Tồn tại, hạn chế và nguyên nhân" covers two; a heading
 * that opens with causes or solutions ("Nguyên nhân của tồn tại, hạn chế") is only about those.
 */
export function classifyPart(text: string): AssessmentPartKind[] {
  const kinds = matchesIn(text, partWords);
  return kinds[0] === 'causes' || kinds[0] === 'solutions' ? kinds.slice(0, 1) : kinds;
}

/** A title for display: bullets in front and the colon at the end taken off. */
function cleanTitle(text: string): string {
  return text.trim().replace(/^[*\-–•\\\s]+/, '').replace(/\s*:$/, '');
}

/** A heading, or a paragraph standing in for one (an imported draft's bold "II. ĐÁNH GIÁ CHUNG"). */
interface HeadingLike {
  node: RootContent;
  depth: number;
  title: string;
}

const boldNumbering: [RegExp, number][] = [[/^[IVX]+\.\s/, 2], [/^\d+\.\s/, 3], [/^[a-zđ]\)\s/, 4]];

function headingLike(node: RootContent): HeadingLike | undefined {
  if (node.type === 'heading') return { node, depth: node.depth, title: cleanTitle(plainText(node)) };
  if (node.type !== 'paragraph') return undefined;
  const visible = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (visible.length !== 1 || visible[0].type !== 'strong') return undefined;
  const title = cleanTitle(plainText(node));
  const depth = boldNumbering.find(([pattern]) => pattern.test(title))?.[1];
  return depth ? { node, depth, title } : undefined;
}

/** A paragraph that opens with a bold label naming a part ("* **Nguyên nhân:** Cán bộ…"). */
function leadLabel(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const children = (node as Paragraph).children;
  const firstReal = children.findIndex((c) => !(c.type === 'text' && /^[\s*\-–•\\]*$/.test(c.value)));
  const first = children[firstReal];
  if (!first || first.type !== 'strong') return undefined;
  const label = plainText(first).trim();
  return /:$/.test(label) && classifyPart(label).length ? cleanTitle(label) : undefined;
}

/** The signature block starts here: "Nơi nhận", or a short closing such as "… kính báo cáo./.". */
function isClosing(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const text = plainText(node).trim();
  const folded = foldVietnamese(text).toLowerCase();
  return /^noi nhan\b/.test(folded) || /^tren day la\b/.test(folded) || (text.length < 200 && /bao cao\s*\.\/\.?$/.test(folded));
}

function span(source: string, start: number, end: number, line: number, head?: HeadingLike): BodySpan {
  if (!head) return { start, end, line, contentStart: start, heading: '', title: '' };
  const heading = head.node.type === 'heading' ? headingSource(source, head.node) : headingSource(source, head.node as Nodes).replace(/^\*\*|\*\*$/g, '');
  return { start, end, line, contentStart: offsets(head.node).end, heading, title: head.title };
}

/** Splits an assessment's text into its parts at its sub-headings and bold "Nguyên nhân:" labels. */
function assessmentParts(source: string, section: BodySpan, inside: RootContent[], sectionTitle: string): AssessmentPart[] {
  const heads = inside.map(headingLike).filter((h): h is HeadingLike => h !== undefined);
  const depth = Math.min(...heads.map((h) => h.depth));
  const cuts: { node: RootContent; head?: HeadingLike; label?: string }[] = [];
  for (const node of inside) {
    const head = heads.find((h) => h.node === node && h.depth === depth);
    const label = head ? undefined : leadLabel(node);
    if (head || label) cuts.push({ node, head, label });
  }
  const parts: AssessmentPart[] = [];
  const firstCut = cuts[0] ? offsets(cuts[0].node).start : section.end;
  const opening = inside.filter((n) => offsets(n).start < firstCut);
  if (opening.length) {
    const start = offsets(opening[0]).start;
    parts.push({ ...span(source, start, firstCut, lineOf(opening[0])), kinds: classifyPart(sectionTitle) });
  }
  cuts.forEach((cut, i) => {
    const start = offsets(cut.node).start;
    const end = cuts[i + 1] ? offsets(cuts[i + 1].node).start : section.end;
    const base = cut.head ? span(source, start, end, lineOf(cut.node), cut.head) : { ...span(source, start, end, lineOf(cut.node)), title: cut.label! };
    parts.push({ ...base, kinds: classifyPart(base.title) });
  });
  return parts;
}

/**
 * Splits a report body into its sections. The sections are the headings at the shallowest level
 * where a known kind appears (## for most reports, ### for a letter whose only heading is
 * "2. Kết quả thực hiện"); the signature block after the last one is left out.
 */
export function splitSections(body: string): ReportSection[] {
  const nodes = blocks(parseMarkdown(body));
  const heads = nodes.map(headingLike).filter((h): h is HeadingLike => h !== undefined);
  const known = heads.filter((h) => classifyHeading(h.title) !== 'other');
  const level = known.length ? Math.min(...known.map((h) => h.depth)) : 0;
  const cuts = heads.filter((h) => h.depth <= level);
  const lastCut = cuts.at(-1) ? offsets(cuts.at(-1)!.node).start : 0;
  const closing = nodes.find((n) => offsets(n).start > lastCut && isClosing(n));
  const bodyEnd = closing ? offsets(closing).start : (nodes.at(-1) ? offsets(nodes.at(-1)!).end : 0);

  const sections: ReportSection[] = [];
  const firstCut = cuts[0] ? offsets(cuts[0].node).start : bodyEnd;
  const opening = nodes.filter((n) => offsets(n).start < firstCut);
  if (opening.length) sections.push({ ...span(body, offsets(opening[0]).start, firstCut, lineOf(opening[0])), kind: 'other', parts: [] });
  cuts.forEach((head, i) => {
    const start = offsets(head.node).start;
    const end = cuts[i + 1] ? offsets(cuts[i + 1].node).start : bodyEnd;
    const base = span(body, start, end, lineOf(head.node), head);
    const kind = classifyHeading(head.title);
    const inside = nodes.filter((n) => offsets(n).start >= base.contentStart && offsets(n).start < end);
    sections.push({ ...base, kind, parts: kind === 'assessment' ? assessmentParts(body, base, inside, head.title) : [] });
  });
  return sections;
}

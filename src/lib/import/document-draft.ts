import { stringify } from 'yaml';
import type { KnowledgeBase } from '../model.ts';
import { numberKey, normalizeNumber } from '../citations/index.ts';
import { analyseReport } from './analyse.ts';
import { readHeader } from './header.ts';
import { isCapitals, toLines } from './lines.ts';
import { cleanText } from './clean.ts';
import { ocrComment, type DraftSource } from './source-record.ts';
import { issuerAtTop } from './issuer.ts';
import { matchUnit } from './units.ts';

/**
 * An input that is not a report (a quyết định, kế hoạch, chỉ thị …) becomes a document draft under
 * directives/, with its number, date, issuer and kind as printed. A công văn stays a report: units
 * answer requests by công văn as often as by báo cáo (seed 003).
 */
const KINDS: [string, string, string][] = [
  ['QUYẾT ĐỊNH', 'quyet-dinh', 'qd'], ['KẾ HOẠCH', 'ke-hoach', 'kh'], ['CHỈ THỊ', 'chi-thi', 'ct'],
  ['NGHỊ QUYẾT', 'nghi-quyet', 'nq'], ['NGHỊ ĐỊNH', 'nghi-dinh', 'nd'], ['THÔNG BÁO', 'thong-bao', 'tb'],
  ['HƯỚNG DẪN', 'huong-dan', 'hd'], ['CHƯƠNG TRÌNH', 'chuong-trinh', 'ctr'], ['QUY ĐỊNH', 'quy-dinh', 'qdi'],
  ['KẾT LUẬN', 'ket-luan', 'kl'], ['THÔNG TƯ', 'thong-tu', 'tt'],
];
const STOP = /^(?:Căn cứ|Thực hiện|Kính gửi|Theo|Nhằm|Triển khai|Để|I\.|1\.|Điều 1)/u;

export interface DocumentDraft {
  kind: string;
  number?: string;
  issued?: string;
  issuer?: string;
  issuerUnit?: string;
  subject?: string;
  /** Path under the content root: directives/<id>.mdx. */
  path: string;
  missing: string[];
  duplicate?: { file: string; reason: string };
  mdx: string;
}

/** The document kind its header prints, when it is not a report's kind; undefined for reports. */
export function documentKindOf(text: string): { kind: string; prefix: string; line: number } | undefined {
  const lines = toLines(cleanText(text).blocks).slice(0, 25);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].text.replace(/[.:*]/g, '').trim();
    if (!isCapitals(line)) continue;
    const found = KINDS.find(([word]) => line === word || (line.startsWith(`${word} `) && line.length < 120));
    if (found) return { kind: found[1], prefix: found[2], line: i };
  }
  return undefined;
}

export function prepareDocumentImport(text: string, kb: KnowledgeBase, sourceName: string, source?: DraftSource): DocumentDraft | undefined {
  const kind = documentKindOf(text);
  if (!kind) return undefined;
  const lines = toLines(cleanText(text).blocks);
  const header = readHeader(lines);
  const issuer = issuerAtTop(lines, kind.line);
  const issuerLines = issuer ? [issuer] : [];
  const subjectLines: string[] = [];
  const onKindLine = lines[kind.line].text.replace(/^[\p{Lu}\s]+?(?=\s+[\p{Lu}][\p{Ll}])/u, '');
  for (let i = kind.line + 1; i < lines.length && subjectLines.length < 4; i++) {
    const t = lines[i].text;
    if (STOP.test(t) || (isCapitals(t) && subjectLines.length) || /^[-_*]+$/.test(t)) break;
    if (!isCapitals(t) || !subjectLines.length) subjectLines.push(t);
  }
  const subject = (subjectLines.join(' ') || (onKindLine !== lines[kind.line].text ? onKindLine : '')).replace(/\s+/g, ' ').replace(/[\s,;:]+$/, '').trim() || undefined;
  const unit = matchUnit(kb.units, { issuerLines, text: issuerLines.join('\n'), capacity: [], place: header.place, issued: header.issued }).unit;
  const year = header.issued?.slice(0, 4);
  const digits = /^\d+/.exec(header.number ?? '')?.[0];
  const id = digits && year ? `${kind.prefix}-${digits}-${year}` : `${kind.prefix}-chua-ro-so-${source?.imported.sha256.slice(0, 8) ?? 'moi'}`;
  const draft: DocumentDraft = {
    kind: kind.kind, number: header.number, issued: header.issued, issuer,
    issuerUnit: unit, subject, path: `directives/${id}.mdx`, missing: [], mdx: '',
  };
  draft.missing = (['number', 'issued', 'issuer', 'subject'] as const).filter((k) => !draft[k]);
  const same = header.number && kb.documents.find((d) => numberKey(normalizeNumber(d.number)) === numberKey(normalizeNumber(header.number!)));
  if (same) draft.duplicate = { file: same.source.file, reason: `cùng số ${header.number}` };
  const body = analyseReport(text, kb, { plainText: !/\.(?:md|markdown)$/i.test(sourceName) }).body;
  const data: Record<string, unknown> = { number: draft.number, kind: draft.kind, issuer: draft.issuer, issuerUnit: draft.issuerUnit, issued: draft.issued, subject: draft.subject, imported: source?.imported };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  const comment = [
    `Bản nháp văn bản (không phải báo cáo) do kb import tạo từ "${sourceName}". Đối chiếu với văn bản gốc trước khi gửi duyệt.`,
    ...ocrComment(source),
    ...(draft.missing.length ? [`Không tìm thấy trong văn bản (để trống, không đoán): ${draft.missing.join(', ')}.`] : []),
    'Thêm status, duties (nghĩa vụ báo cáo) nếu văn bản giao báo cáo.',
  ];
  draft.mdx = `---\n${comment.map((l) => `# ${l}\n`).join('')}${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}`;
  return draft;
}

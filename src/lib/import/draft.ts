import { stringify } from 'yaml';
import type { KnowledgeBase } from '../model.ts';
import { formatPartialDate } from '../partial-date.ts';
import { documentKindLabel } from '../labels.ts';
import { fold } from './lines.ts';
import type { Analysis } from './analyse.ts';
import { ocrComment, type DraftSource } from './source-record.ts';

/** Fields a report should have, with the words the author sees when one was not found. */
const EXPECTED: [keyof Analysis, string][] = [
  ['unit', 'đơn vị ban hành (mã trong units/*.yaml)'],
  ['period', 'kỳ báo cáo (2022-H1, 2022, 2011-2021…)'],
  ['title', 'trích yếu'],
  ['number', 'số văn bản'],
  ['issued', 'ngày ban hành'],
  ['place', 'địa danh ở dòng ngày tháng'],
  ['kind', 'loại văn bản (bao-cao, cong-van, to-trinh)'],
  ['recipient', 'nơi gửi (Kính gửi)'],
  ['request', 'công văn đề nghị báo cáo'],
  ['signer', 'người ký'],
];

/** The fields not found, by name, for the JSON output and the draft's comment. */
export function missingFields(analysis: Analysis): string[] {
  return EXPECTED.filter(([key]) => analysis[key] === undefined).map(([key]) => key);
}

/** Where the draft goes under the content root: reports/<province>/<unit>/<period>-<topic>.mdx. */
export function draftPath(analysis: Analysis, kb: KnowledgeBase): string {
  const unit = kb.units.find((u) => u.id === analysis.unit);
  const province = unit?.province ?? 'chua-ro-tinh';
  const folder = unit?.id ?? 'chua-ro-don-vi';
  const period = analysis.period?.toLowerCase() ?? 'chua-ro-ky';
  return `reports/${province}/${folder}/${period}-${topicOf(analysis.title)}.mdx`;
}

/** Topics the knowledge base files reports under, tried in order against the title. */
const TOPICS: [RegExp, string][] = [
  [/doi ngoai nhan dan/, 'doi-ngoai-nhan-dan'],
  [/thong tin doi ngoai/, 'thong-tin-doi-ngoai'],
  [/hoi nhap/, 'hoi-nhap'],
  [/vien tro/, 'vien-tro'],
  [/nguoi viet nam o nuoc ngoai/, 'nguoi-viet-nam-o-nuoc-ngoai'],
  [/bien gioi/, 'bien-gioi'],
  [/lanh su|bao ho cong dan/, 'lanh-su'],
  [/hop tac quoc te/, 'hop-tac-quoc-te'],
  [/doi ngoai/, 'doi-ngoai'],
];

function topicOf(title: string | undefined): string {
  const folded = fold(title ?? '');
  const known = TOPICS.find(([pattern]) => pattern.test(folded));
  if (known) return known[1];
  const words = folded.replace(/^(?:v\/v|ve viec|bao cao|ket qua|tinh hinh)\s+/g, '').match(/[a-z0-9]+/g) ?? [];
  return words.slice(0, 4).join('-') || 'bao-cao';
}

/** The MDX draft: frontmatter with what was found, a comment naming what was not, then the full text. */
export function renderDraft(analysis: Analysis, sourceName: string, source?: DraftSource): string {
  const task = (t: Analysis['tasks'][number]) => ({ id: t.id, title: t.title, ...(t.due ? { due: t.due } : {}), ...(t.owner ? { owner: t.owner } : {}), kind: t.kind });
  const data: Record<string, unknown> = {
    unit: analysis.unit, period: analysis.period, issued: analysis.issued, number: analysis.number,
    symbol: analysis.symbol, kind: analysis.kind, title: analysis.title, place: analysis.place,
    recipient: analysis.recipient, request: analysis.request,
    directives: analysis.directives, signer: analysis.signer,
    recipients: analysis.recipients.length ? analysis.recipients : undefined,
    tasks: analysis.tasks.map(task),
    imported: source?.imported,
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  const yaml = stringify(data, { lineWidth: 0 }).trimEnd();
  return `---\n${draftComment(analysis, sourceName, source)}${yaml}\n---\n\n${analysis.body}`;
}

function draftComment(analysis: Analysis, sourceName: string, source?: DraftSource): string {
  const lines = [`Bản nháp do kb import tạo từ "${sourceName}". Đối chiếu với văn bản gốc trước khi gửi duyệt.`, ...ocrComment(source)];
  const missing = EXPECTED.filter(([key]) => analysis[key] === undefined);
  if (missing.length) lines.push(`Không tìm thấy trong văn bản (để trống, không đoán): ${missing.map(([key, label]) => `${String(key)} — ${label}`).join('; ')}.`);
  if (analysis.unitCandidates.length) lines.push(`Đơn vị có thể là: ${analysis.unitCandidates.join(', ')}.`);
  if (analysis.requestCitation) lines.push(`Công văn đề nghị chưa có trong cơ sở tri thức: ${citationLabel(analysis.requestCitation)}; thêm directives/<mã>.mdx rồi ghi "request: <mã>".`);
  const alsoCited = analysis.cited.filter((c) => c.id && !analysis.directives.includes(c.id) && c.id !== analysis.request).map((c) => c.id!);
  if (alsoCited.length) lines.push(`Văn bản khác được dẫn chiếu, đã có trong cơ sở tri thức (thêm vào "directives" nếu báo cáo thực hiện chúng): ${[...new Set(alsoCited)].join(', ')}.`);
  for (const note of analysis.notes) lines.push(`Lưu ý: ${note}.`);
  if (analysis.tasks.length) lines.push('Nhiệm vụ lấy nguyên văn từng đoạn ở phần phương hướng, nhiệm vụ và đề xuất, kiến nghị: bỏ đoạn không phải nhiệm vụ.');
  return lines.map((l) => `# ${l}\n`).join('');
}

export function citationLabel(c: { kind: string; number: string; date: string | null }): string {
  const kind = documentKindLabel(c.kind);
  return `${kind} số ${c.number}${c.date ? ` ngày ${formatPartialDate(c.date)}` : ''}`;
}

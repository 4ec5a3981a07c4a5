import { documentKindLabels, documentName, documentStatusLabels, taskStateLabel } from '../labels.ts';
import type { Task } from '../model.ts';
import { formatPartialDate } from '../partial-date.ts';
import { parsePeriod } from '../period.ts';
import type { TaskState } from '../tracker/status.ts';
import type { Briefing, Quote } from './build.ts';
import { groupFigures } from './figure-groups.ts';
import { reportReference } from './reference.ts';

/** What the text pack needs besides the briefing: unit names and the tracker's judgement. */
export interface MarkdownContext {
  unitName(id: string): string;
  state(task: Task): TaskState | undefined;
  asOf: string;
}

function source(q: { report: Quote['report']; unitName: string; line?: number }): string {
  return `${reportReference(q.report)} của ${q.unitName}, kỳ ${q.report.periodInfo.label}${q.line ? `, dòng ${q.line}` : ''}`;
}

function quotes(title: string, list: Quote[]): string[] {
  if (!list.length) return [];
  const out = [`### ${title}`, ''];
  for (const q of list) {
    out.push(`#### ${q.unitName}${q.heading ? ` — ${q.heading}` : ''}`, '', q.markdown.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n'), '', `*Trích ${source(q)}.*`, '');
  }
  return out;
}

function due(task: Task): string {
  if (!task.due) return 'không nêu hạn';
  const period = parsePeriod(task.due);
  return period ? `${period.label} (${formatPartialDate(task.dueDay)})` : formatPartialDate(task.due);
}

/**
 * The briefing as one Markdown text (what `kb brief ID` prints): the same parts as the page, for a
 * trainer who pastes it into a word processor. Quotes stay in the units' own words.
 */
export function briefingMarkdown(b: Briefing, ctx: MarkdownContext): string {
  const doc = b.document;
  const reportOf = new Map(b.reports.map((r) => [r.report.id, r]));
  const out: string[] = [
    `# Tài liệu tập huấn: ${documentName(doc)}`, '', doc.subject, '',
    '## 1. Văn bản và quá trình kế tục', '',
    `- Số, ký hiệu: ${doc.number} (${documentKindLabels[doc.kind]})`,
    `- Cơ quan ban hành: ${doc.issuer}`,
    `- Ngày ban hành: ${formatPartialDate(doc.issued)}`,
    `- Ngày có hiệu lực: ${doc.inForce ? formatPartialDate(doc.inForce) : 'chưa xác nhận'}`,
    `- Tình trạng: ${documentStatusLabels[doc.status]}`,
    `- Quá trình kế tục: ${b.lineage.map((d) => `${documentName(d)} (${formatPartialDate(d.issued)})`).join(' → ')}`,
    '',
    '## 2. Đơn vị đã báo cáo', '',
    ...(b.reports.length ? b.reports.map((r) => `- ${r.unitName}: ${reportReference(r.report)}, kỳ ${r.report.periodInfo.label}`) : ['Chưa có báo cáo.']),
    '',
    ...quotes('Báo cáo khác có nhắc đến văn bản', b.mentions),
    '## 3. Kết quả các đơn vị nêu', '',
    ...quotes('Kết quả đạt được', b.results), ...quotes('Ưu điểm đơn vị tự đánh giá', b.strengths),
    '## 4. Hạn chế, tồn tại và nguyên nhân', '',
    ...quotes('Hạn chế, tồn tại, nguyên nhân', b.limitations), ...quotes('Giải pháp đơn vị đề ra', b.solutions),
    '## 5. Đề xuất, kiến nghị', '',
    ...quotes('Đơn vị kiến nghị', b.recommendations),
    `## 6. Nhiệm vụ đã cam kết và tình hình đến ngày ${formatPartialDate(ctx.asOf)}`, '',
    ...b.tasks.map((t) => {
      const state = ctx.state(t);
      const from = reportOf.get(t.report);
      return `- ${t.title} — ${ctx.unitName(t.owner)}; hạn: ${due(t)}; ${state ? taskStateLabel(state) : 'chưa rõ'} (${from ? source(from) : t.report})`;
    }),
    ...quotes('Phương hướng chưa tách thành nhiệm vụ', b.directions),
    '',
    '## 7. Số liệu chính', '',
  ];
  for (const group of groupFigures(b.figures)) {
    out.push(`### ${group.label}`, '');
    for (const row of group.rows) out.push(`- **${row.figures.join('; ')}** — “${row.excerpt}” (${source(row)})`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

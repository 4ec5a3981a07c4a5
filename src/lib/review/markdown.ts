import { obligationLabel, progressLabels, taskStateLabel } from '../labels.ts';
import type { KnowledgeBase, Report, Task } from '../model.ts';
import { formatPartialDate } from '../partial-date.ts';
import { parsePeriod } from '../period.ts';
import { formatProblem, type Problem } from '../problems.ts';
import { hasChanges, type ContentChanges } from './changes.ts';
import { codeFence, inlineCode, markdownText } from './escape.ts';

/**
 * The review summary of a pull request, in Markdown for GitHub's job summary or a comment: reports
 * added or changed, tasks added, closed or moved, status changes in the matrix, and what kb check
 * says of the changed files.
 */
export function reviewMarkdown(changes: ContentChanges, problems: readonly Problem[], head: KnowledgeBase, base: string): string {
  const unitName = (id: string) => cell(head.units.find((u) => u.id === id)?.name ?? id);
  const out: string[] = [`## Thay đổi nội dung so với ${code(base)}`, ''];
  out.push(`Trạng thái nhiệm vụ tính đến ngày ${formatPartialDate(changes.asOf)}.`, '');
  if (!hasChanges(changes)) out.push('Không có thay đổi nào trong nội dung (báo cáo, văn bản, đơn vị).', '');

  // Which duty each new report fulfils: the owed reports whose standing it changes (src/lib/tracker/duties.ts).
  const fulfils = (r: Report) => changes.obligationChanges.flatMap(({ to }) => (to?.report === r.id ? [to] : []))
    .map((ob) => ` — trả lời nghĩa vụ “${cell(ob.duty.title)}” (\`${ob.document}\`, ${ob.period.label}): ${obligationLabel(ob)}`).join('');
  section(out, 'Báo cáo thêm mới', changes.reportsAdded.map((r) => reportLine(r, unitName) + fulfils(r)));
  section(out, 'Báo cáo sửa đổi', changes.reportsChanged.map((r) => reportLine(r, unitName)));
  section(out, 'Báo cáo bị xóa', changes.reportsRemoved.map((id) => `${code(id)}`));
  section(out, 'Báo cáo mật có thay đổi (không tóm tắt)', changes.confidentialTouched.map((f) => `${code(f)}`));
  section(out, 'Nhiệm vụ đóng hoặc chuyển (tiến độ mới)', changes.progress.map((p) =>
    `**${progressLabels[p.status]}**: ${p.title ? `${cell(p.title)} ` : ''}(${code(p.task)}) — theo báo cáo “${cell(p.report.title)}”`));
  table(out, 'Nhiệm vụ mới', ['Nhiệm vụ', 'Báo cáo', 'Đơn vị thực hiện', 'Hạn', 'Trạng thái'], changes.tasksAdded.map((t) => {
    const state = changes.newTaskStates.get(t.key);
    return [`${cell(t.title)} (${code(t.id)})`, `${code(t.report)}`, unitName(t.owner), dueText(t), state ? taskStateLabel(state) : '—'];
  }));
  section(out, 'Nhiệm vụ đổi hạn', changes.tasksMoved.map(({ task, from, to }) =>
    `${cell(task.title)} (${code(task.key)}): hạn ${dueWords(from)} → ${dueWords(to)}`));
  section(out, 'Nhiệm vụ bị xóa', changes.tasksRemoved.map((t) => `${cell(t.title)} (${code(t.key)})`));
  table(out, 'Thay đổi trạng thái trong bảng theo dõi', ['Nhiệm vụ', 'Trước', 'Sau'], changes.statusChanges.map((s) => [
    `${cell(s.title)} (${code(s.key)})`, taskStateLabel(s.from), s.to ? taskStateLabel(s.to) : '— (đã xóa)',
  ]));
  table(out, 'Báo cáo phải gửi đổi trạng thái', ['Báo cáo phải gửi', 'Đơn vị', 'Kỳ', 'Trước', 'Sau'], changes.obligationChanges.map(({ from, to }) => {
    const ob = (to ?? from)!;
    return [cell(ob.duty.title), unitName(ob.unit), ob.period.label, from ? obligationLabel(from) : '— (chưa phải gửi)', to ? obligationLabel(to) : '— (không còn phải gửi)'];
  }));
  section(out, 'Văn bản thêm mới', changes.documentsAdded.map((id) => `${code(id)}`));
  section(out, 'Văn bản sửa đổi', changes.documentsChanged.map((id) => `${code(id)}`));
  out.push(...checkSection(problems));
  return `${out.join('\n').trimEnd()}\n`;
}

function reportLine(r: Report, unitName: (id: string) => string): string {
  const facts = [unitName(r.unit), r.periodInfo.label, r.number ? `số ${cell(r.number)}` : undefined, r.issued ? dateWords(r.issued) : 'không ghi ngày'];
  return `**${cell(r.title)}** — ${facts.filter(Boolean).join(', ')} (${code(r.source.file)})`;
}

/** "ngày 20/12/2022", "tháng 06/2022", "năm 2022": a partial date reads as what it is. */
function dateWords(date: string): string {
  const text = formatPartialDate(date);
  return /^\d/.test(text) ? `ngày ${text}` : text || date;
}

function dueText(task: Task): string {
  if (!task.due) return 'không có hạn';
  return parsePeriod(task.due) && task.dueDay ? `${dueWords(task.due)} (${formatPartialDate(task.dueDay)})` : dueWords(task.due);
}

function dueWords(due: string | undefined): string {
  if (!due) return 'không có';
  return parsePeriod(due)?.label ?? dateWords(due);
}

function checkSection(problems: readonly Problem[]): string[] {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const out = ['### Kiểm tra nội dung (kb check) trên các tệp thay đổi', ''];
  if (!problems.length) return [...out, 'Không có lỗi, không có cảnh báo.', ''];
  // A fence no backtick in the problems can close: inside it, HTML and links are text.
  const listing = problems.map(formatProblem).join('\n');
  const fence = codeFence(listing);
  out.push(`${errors ? `**${errors} lỗi**` : 'Không có lỗi'}, ${warnings} cảnh báo:`, '', fence, listing, fence, '');
  return out;
}

function section(out: string[], title: string, lines: string[]) {
  if (!lines.length) return;
  out.push(`### ${title} (${lines.length})`, '', ...lines.map((l) => `- ${l}`), '');
}

function table(out: string[], title: string, header: string[], rows: string[][]) {
  if (!rows.length) return;
  out.push(`### ${title} (${rows.length})`, '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
  out.push(...rows.map((r) => `| ${r.join(' | ')} |`), '');
}

/** Text from content, safe in a table cell or list item and short enough to scan (escape.ts). */
function cell(text: string): string {
  const short = text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text;
  return markdownText(short.replace(/\s+/g, ' '));
}

/** An id or file name from content as code. */
function code(text: string): string {
  return inlineCode(text);
}

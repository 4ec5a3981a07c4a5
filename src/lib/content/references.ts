import type { KnowledgeBase, SourceRef } from '../model.ts';
import { dueDayOf } from '../tracker/due.ts';
import type { Problem } from '../problems.ts';
import { progressDay } from '../tracker/progress.ts';

/**
 * Checks across files: every unit, document and task a file names must exist, ids must be unique,
 * and dates must make sense together. Pure: reads the loaded model, returns problems.
 */
export function checkReferences(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  const unitIds = new Set<string>();
  const firstUnit = new Map<string, SourceRef>();
  const documentIds = new Set(kb.documents.map((d) => d.id));
  const at = (source: SourceRef, path: PropertyKey[]) => ({ file: source.file, line: source.lineOf(path) });

  for (const unit of kb.units) {
    const first = firstUnit.get(unit.id);
    if (first) {
      problems.push({ ...at(unit.source, ['id']), severity: 'error', code: 'duplicate-id', message: `mã đơn vị "${unit.id}" bị trùng với ${first.file}:${first.lineOf(['id'])}`, hint: 'mỗi đơn vị cần một mã riêng; nếu là cùng một đơn vị, xóa một trong hai' });
    } else firstUnit.set(unit.id, unit.source);
    unitIds.add(unit.id);
  }
  const unknownUnit = (source: SourceRef, path: PropertyKey[], id: string) =>
    problems.push({ ...at(source, path), severity: 'error', code: 'unknown-unit', message: `không có đơn vị "${id}"`, hint: `dùng một mã trong units/*.yaml${suggest(id, unitIds)} hoặc thêm đơn vị mới vào đó` });
  const unknownDocument = (source: SourceRef, path: PropertyKey[], id: string) =>
    problems.push({ ...at(source, path), severity: 'error', code: 'unknown-directive', message: `không có văn bản "${id}"`, hint: `dùng một mã trong directives/${suggest(id, documentIds)} hoặc thêm directives/${id}.mdx` });

  for (const unit of kb.units) {
    for (const key of ['parent', 'province'] as const) {
      const ref = unit[key];
      if (ref && !unitIds.has(ref)) unknownUnit(unit.source, [key], ref);
    }
    unit.successors.forEach((ref, i) => !unitIds.has(ref) && unknownUnit(unit.source, ['successors', i], ref));
  }

  for (const doc of kb.documents) {
    if (doc.issuerUnit && !unitIds.has(doc.issuerUnit)) unknownUnit(doc.source, ['issuerUnit'], doc.issuerUnit);
    for (const key of ['predecessors', 'successors', 'guidance'] as const) {
      doc[key].forEach((ref, i) => !documentIds.has(ref) && unknownDocument(doc.source, [key, i], ref));
    }
    doc.duties.forEach((duty, i) => duty.units.forEach((ref, k) => !unitIds.has(ref) && unknownUnit(doc.source, ['duties', i, 'units', k], ref)));
    doc.duties.forEach((duty, i) => duty.receiver && !unitIds.has(duty.receiver) && unknownUnit(doc.source, ['duties', i, 'receiver'], duty.receiver));
  }

  const taskKeys = new Set<string>();
  for (const report of kb.reports) {
    if (!unitIds.has(report.unit)) unknownUnit(report.source, ['unit'], report.unit);
    if (report.request && !documentIds.has(report.request)) unknownDocument(report.source, ['request'], report.request);
    report.directives.forEach((ref, i) => !documentIds.has(ref) && unknownDocument(report.source, ['directives', i], ref));
    const seen = new Set<string>();
    report.tasks.forEach((task, i) => {
      if (seen.has(task.id)) {
        problems.push({ ...at(report.source, ['tasks', i, 'id']), severity: 'error', code: 'duplicate-id', message: `mã nhiệm vụ "${task.id}" bị trùng trong báo cáo`, hint: 'đặt cho mỗi nhiệm vụ một mã riêng' });
      }
      seen.add(task.id);
      taskKeys.add(task.key);
      if (task.owner !== report.unit && !unitIds.has(task.owner)) unknownUnit(report.source, ['tasks', i, 'owner'], task.owner);
      if (task.directive && !documentIds.has(task.directive)) unknownDocument(report.source, ['tasks', i, 'directive'], task.directive);
      if (task.due && !dueDayOf(task.due)) {
        problems.push({ ...at(report.source, ['tasks', i, 'due']), severity: 'error', code: 'bad-due', message: `hạn "${task.due}" không phải kỳ hay ngày hợp lệ`, hint: 'viết một kỳ (2022-H2) hoặc một ngày (2022-12-31)' });
      }
      if (task.dueDay && report.issuedDay && task.dueDay < report.periodInfo.start) {
        problems.push({ ...at(report.source, ['tasks', i, 'due']), severity: 'warning', code: 'due-before-period', message: `hạn ${task.due} sớm hơn kỳ báo cáo ${report.period}`, hint: 'kiểm tra lại hạn của nhiệm vụ' });
      }
    });
    if (report.issuedDay && report.issuedDay < report.periodInfo.start) {
      problems.push({ ...at(report.source, ['issued']), severity: 'error', code: 'issued-before-period', message: `ngày ban hành ${report.issued} trước khi kỳ ${report.period} bắt đầu`, hint: 'kiểm tra lại kỳ báo cáo (period) hoặc ngày ban hành (issued)' });
    }
  }
  for (const report of kb.reports) {
    report.progress.forEach((entry, i) => {
      if (!taskKeys.has(entry.task)) {
        problems.push({ ...at(report.source, ['progress', i, 'task']), severity: 'error', code: 'unknown-task', message: `không có nhiệm vụ "${entry.task}"`, hint: 'viết <mã báo cáo>#<mã nhiệm vụ> của một nhiệm vụ đã có, ví dụ quang-ngai/binh-son/2022-h1-hoi-nhap#tuyen-truyen' });
      }
      // The tracker dates a progress entry by its own date, else the report's (src/lib/tracker/progress.ts).
      if (!progressDay(report, entry)) {
        problems.push({ ...at(report.source, ['progress', i]), severity: 'warning', code: 'undated-progress', message: `báo cáo không ghi ngày nên không thể ghi nhận tiến độ của "${entry.task}" (nhiệm vụ vẫn tính là chưa hoàn thành)`, hint: 'ghi ngày ban hành (issued) của báo cáo, hoặc ngày của mục tiến độ (date: 2022-12-15)' });
      } else if (entry.date && report.issuedDay && progressDay(report, entry)! > report.issuedDay) {
        problems.push({ ...at(report.source, ['progress', i, 'date']), severity: 'warning', code: 'progress-after-report', message: `ngày tiến độ ${entry.date} muộn hơn ngày ban hành báo cáo ${report.issued}`, hint: 'kiểm tra lại ngày (date) của mục tiến độ' });
      }
    });
  }
  return problems;
}

/** ", ví dụ binh-son" when an id close to the unknown one exists. */
function suggest(id: string, known: Set<string>): string {
  const close = [...known].find((k) => k.includes(id) || id.includes(k));
  return close ? ` (có phải "${close}"?)` : '';
}

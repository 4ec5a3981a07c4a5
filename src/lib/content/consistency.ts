import type { KnowledgeBase, SourceRef } from '../model.ts';
import type { Problem } from '../problems.ts';
import { stripInvisible } from '../text.ts';

/**
 * Checks that every reference resolves are in references.ts; these catch content that resolves but
 * cannot be right: one document described twice, a report recording progress on its own task or
 * twice on one task, one duty id used twice.
 */
export function checkConsistency(kb: KnowledgeBase): Problem[] {
  return [...duplicateDocuments(kb), ...progressProblems(kb), ...dutyProblems(kb)];
}

const at = (source: SourceRef, path: PropertyKey[]) => ({ file: source.file, line: source.lineOf(path) });

/** "22-NQ/TW", "22 - NQ/TW", "22-nq/tw" and 22-NQ/TW with a zero-width space are one number. */
const numberKey = (number: string) => stripInvisible(number).normalize('NFC').replace(/\s+/g, '').toLowerCase();

function duplicateDocuments(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, (typeof kb.documents)[number][]>();
  for (const doc of kb.documents) {
    const key = `${numberKey(doc.number)}|${doc.issued}`;
    byKey.set(key, [...(byKey.get(key) ?? []), doc]);
  }
  for (const docs of byKey.values()) {
    // Both files are named: `kb check --changed` shows only the file a pull request touches.
    for (const doc of docs.length > 1 ? docs : []) {
      const others = docs.filter((other) => other !== doc);
      // Two issuers can give the same number on the same day (01/KH-UBND of two provinces).
      const sameIssuer = others.some((other) => (other.issuerUnit ?? other.issuer) === (doc.issuerUnit ?? doc.issuer));
      problems.push({
        ...at(doc.source, ['number']), severity: sameIssuer ? 'error' : 'warning', code: 'duplicate-document',
        message: `văn bản số ${doc.number} ngày ${doc.issued} cũng được mô tả trong ${others.map((o) => o.source.file).join(', ')}`,
        hint: sameIssuer ? 'gộp các tệp thành một, giữ một mã và sửa mọi nơi dẫn chiếu theo mã đó' : 'nếu là hai văn bản khác nhau của hai cơ quan, giữ nguyên; nếu là một, gộp các tệp',
      });
    }
  }
  return problems;
}

function progressProblems(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  for (const report of kb.reports) {
    const seen = new Set<string>();
    report.progress.forEach((entry, i) => {
      // A getter, not a value: the line is looked up (the file read again) only for a problem found.
      const where = { file: report.source.file, get line() { return report.source.lineOf(['progress', i, 'task']); } };
      const taskReport = entry.task.split('#')[0];
      if (taskReport === report.id) {
        problems.push({ ...where, severity: 'error', code: 'self-progress', message: `báo cáo ghi tiến độ cho nhiệm vụ "${entry.task}" của chính nó`, hint: '"progress" chỉ ghi nhiệm vụ của các báo cáo trước; nhiệm vụ mới đặt ra thì ghi ở "tasks"' });
      }
      if (seen.has(entry.task)) {
        problems.push({ ...where, severity: 'error', code: 'duplicate-progress', message: `nhiệm vụ "${entry.task}" được ghi tiến độ hai lần trong báo cáo`, hint: 'giữ một mục cho mỗi nhiệm vụ, với tình trạng báo cáo nêu sau cùng' });
      }
      seen.add(entry.task);
      // Progress dated before its task was set is judged with the other date checks (dates.ts).
    });
  }
  return problems;
}

/** Duty ids must be unique within a document: the tracker keys obligations by them. */
function dutyProblems(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  for (const doc of kb.documents) {
    const ids = new Set<string>();
    doc.duties.forEach((duty, i) => {
      if (ids.has(duty.id)) {
        problems.push({ ...at(doc.source, ['duties', i, 'id']), severity: 'error', code: 'duplicate-id', message: `mã nghĩa vụ báo cáo "${duty.id}" bị trùng trong văn bản`, hint: 'đặt cho mỗi nghĩa vụ một mã riêng' });
      }
      ids.add(duty.id);
    });
  }
  return problems;
}

/** Vietnamese words the interface shows for the model's codes. */
import type { DutyStatus } from './tracker/duties.ts';
import type { OverdueBasis } from './tracker/overdue-basis.ts';
import type { TaskStatus } from './tracker/status.ts';

export const documentKindLabels: Record<string, string> = {
  'nghi-quyet': 'Nghị quyết', 'chi-thi': 'Chỉ thị', 'nghi-dinh': 'Nghị định', 'quyet-dinh': 'Quyết định',
  'ke-hoach': 'Kế hoạch', 'cong-van': 'Công văn', 'thong-bao': 'Thông báo', 'chuong-trinh': 'Chương trình',
  'thong-tu': 'Thông tư', 'huong-dan': 'Hướng dẫn', 'to-trinh': 'Tờ trình', 'bao-cao': 'Báo cáo',
  luat: 'Luật', 'ket-luan': 'Kết luận', 'quy-dinh': 'Quy định',
  // Kinds met only in citations (src/lib/citations).
  'phap-lenh': 'Pháp lệnh', lenh: 'Lệnh', 'cong-dien': 'Công điện', 'de-an': 'Đề án', 'quy-che': 'Quy chế',
  'thong-tri': 'Thông tri', 'giay-moi': 'Giấy mời', 'giay-phep': 'Giấy phép', 'phuong-an': 'Phương án', 'van-ban': 'Văn bản',
};

/** The kind of a document in words; "Văn bản" for a kind known only from citations, or none. */
export function documentKindLabel(kind: string): string {
  return documentKindLabels[kind] ?? 'Văn bản';
}

export const documentStatusLabels: Record<string, string> = {
  'in-force': 'Còn hiệu lực', superseded: 'Đã có văn bản kế tục', repealed: 'Hết hiệu lực', unknown: 'Chưa xác nhận',
};

export const unitLevelLabels: Record<string, string> = {
  'trung-uong': 'Trung ương', tinh: 'Tỉnh', so: 'Sở, ngành', 'ban-chi-dao': 'Ban chỉ đạo', huyen: 'Huyện', xa: 'Xã',
};

export const taskKindLabels: Record<string, string> = {
  direction: 'Phương hướng, nhiệm vụ', request: 'Đề xuất, kiến nghị',
};

export const progressLabels: Record<string, string> = {
  done: 'đã hoàn thành', 'in-progress': 'đang thực hiện', dropped: 'không tiếp tục thực hiện',
};

/** "Nghị quyết 22-NQ/TW": how staff name a document. */
export function documentName(doc: { kind: string; number: string }): string {
  return `${documentKindLabels[doc.kind] ?? ''} ${doc.number}`.trim();
}

/** Task statuses in the government's own words (đã hoàn thành đúng hạn / quá hạn; chưa hoàn thành, trong hạn / quá hạn). */
export const statusLabels: Record<TaskStatus, string> = {
  'done-on-time': 'đã hoàn thành đúng hạn',
  'done-late': 'đã hoàn thành quá hạn',
  open: 'chưa hoàn thành, trong hạn',
  overdue: 'chưa hoàn thành, quá hạn',
  'no-deadline': 'không có hạn',
};

/** A task a report says is no longer pursued: its status is no-deadline, shown with these words. */
export const droppedLabel = progressLabels.dropped;

/** What a task's state reads as on pages and in exports. */
export function taskStateLabel(state: { status: TaskStatus; dropped?: boolean }): string {
  return state.dropped ? droppedLabel : statusLabels[state.status];
}

/**
 * Why an overdue task is late, in words a clerk can act on: the owner reported since without
 * saying it is done (chase the task), or nothing from the owner since the due day (ask for the report).
 */
export const overdueBasisLabels: Record<OverdueBasis, string> = {
  'reported-not-done': 'đã có báo cáo sau hạn nhưng chưa báo cáo hoàn thành',
  'no-report-since': 'chưa có báo cáo nào của đơn vị kể từ ngày đến hạn',
};

/** Where a unit stands on a report it owes under a duty. */
export const dutyStatusLabels: Record<DutyStatus, string> = {
  'on-time': 'đã có báo cáo, đúng hạn',
  late: 'đã có báo cáo, quá hạn',
  received: 'đã có báo cáo',
  overdue: 'chưa có báo cáo, quá hạn',
  'not-due': 'chưa đến hạn',
  'no-due': 'chưa có báo cáo, chưa rõ hạn',
  ended: 'đơn vị đã dừng hoạt động',
  elsewhere: 'báo cáo gửi cơ quan khác',
};

/** "đã có báo cáo (chưa rõ hạn)" or "(báo cáo không ghi ngày)": why a held report cannot be judged. */
export function obligationLabel(ob: { status: DutyStatus; dueDay?: string; reportDay?: string }): string {
  if (ob.status !== 'received') return dutyStatusLabels[ob.status];
  return `${dutyStatusLabels.received} (${ob.dueDay ? 'báo cáo không ghi ngày' : 'chưa rõ hạn'})`;
}

import type { DutyInput } from '../../schemas/duty.ts';
import type { DutyStatus, Obligation } from './duties.ts';
import { droppedLabel, statusLabels } from '../labels.ts';
import { formatPartialDate } from '../partial-date.ts';
import type { OverdueBasis } from './overdue-basis.ts';
import type { TaskStatus } from './status.ts';

/** How the tracker words counts and rules in matrix cells, summaries and CSV. */

/** Short words for an owed report in a matrix cell ("1 báo cáo chưa có, quá hạn" reads count, "báo cáo", these). */
const dutyCellWords: Record<DutyStatus, string> = {
  'on-time': 'đã có, đúng hạn',
  late: 'đã có, quá hạn',
  received: 'đã có, chưa rõ hạn',
  overdue: 'chưa có, quá hạn',
  'not-due': 'chưa có, chưa đến hạn',
  'no-due': 'chưa có, chưa rõ hạn',
  ended: 'không còn phải gửi (đơn vị dừng hoạt động)',
  elsewhere: 'gửi cơ quan khác, không theo dõi tại Sở',
};

export function obligationCellWords(ob: Pick<Obligation, 'status' | 'dueDay'>): string {
  return ob.status === 'received' && ob.dueDay ? 'đã có, không ghi ngày' : dutyCellWords[ob.status];
}

/** After "nhiệm vụ chưa hoàn thành, quá hạn" in matrix cells and summaries: which kind of late. */
export const overdueBasisShort: Record<OverdueBasis, string> = {
  'reported-not-done': 'đã báo cáo sau hạn, chưa xong',
  'no-report-since': 'không có báo cáo từ khi đến hạn',
};

/** "nhiệm vụ chưa hoàn thành, quá hạn" (after a count); `dropped` for tasks no longer pursued. */
export function taskCountWords(status: TaskStatus | 'dropped'): string {
  return `nhiệm vụ ${status === 'dropped' ? droppedLabel : statusLabels[status]}`;
}

const frequencyWords: Record<DutyInput['frequency'], string> = {
  'half-year': '6 tháng một lần', year: 'hằng năm', quarter: 'hằng quý', once: 'một lần',
};

/** "hằng năm, trước 15/01 năm sau" or "một lần, chưa rõ hạn": the rule as staff would say it. */
export function dutyRuleText(duty: DutyInput): string {
  const when = (() => {
    if (duty.frequency === 'once') return duty.due ? `hạn ${formatPartialDate(duty.due)}` : 'chưa rõ hạn';
    if (typeof duty.dueOn === 'string') return `trước ngày ${dayMonth(duty.dueOn)}`;
    if (duty.dueOn) {
      const parts = Object.entries(duty.dueOn).map(([part, md]) => `${partWords[part] ?? part} trước ${dayMonth(md!)}`);
      return parts.join('; ');
    }
    if (duty.dueDays !== undefined) return `trong ${duty.dueDays} ngày sau khi kết thúc kỳ`;
    return 'chưa rõ hạn';
  })();
  return `${frequencyWords[duty.frequency]}, ${when}`;
}

const partWords: Record<string, string> = {
  H1: '6 tháng đầu năm', H2: '6 tháng cuối năm', Q1: 'quý I', Q2: 'quý II', Q3: 'quý III', Q4: 'quý IV', year: 'cả năm',
};

/** 07-31 → 31/07. */
function dayMonth(monthDay: string): string {
  return `${monthDay.slice(3, 5)}/${monthDay.slice(0, 2)}`;
}

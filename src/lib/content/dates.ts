import type { KnowledgeBase, Report } from '../model.ts';
import { addDays, earliestDay, formatPartialDate, latestDay, parsePartialDate } from '../partial-date.ts';
import type { Problem } from '../problems.ts';

/**
 * How long after its period a report is still plausibly about it. Offices file half-year and annual
 * reports within weeks; a report dated more than a year after its period has the period (or the
 * date) wrong far more often than it is a late report.
 */
const REACH_DAYS = 366;

/**
 * Dates that must make sense together: a report is issued within its period's reach, its tasks fall
 * due after it is issued, and what a later report says of a task comes after that task was set.
 * (A progress date later than its report is checked in references.ts.)
 * Partial dates (2022-06, 2022) are judged generously: by the day that makes them most plausible.
 */
export function checkDates(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(kb.reports.map((r) => [r.id, r]));
  for (const report of kb.reports) {
    const issued = report.issued ? parsePartialDate(report.issued) : null;
    const at = (path: PropertyKey[]) => ({ file: report.source.file, line: report.source.lineOf(path) });
    if (issued && earliestDay(issued) > addDays(report.periodInfo.end, REACH_DAYS)) {
      problems.push({
        ...at(['issued']), severity: 'warning', code: 'issued-after-period',
        message: `ngày ban hành ${formatPartialDate(issued)} muộn hơn một năm sau khi kỳ ${report.period} kết thúc (${formatPartialDate(report.periodInfo.end)})`,
        hint: 'kiểm tra lại kỳ báo cáo (period) hoặc ngày ban hành (issued)',
      });
    }
    report.tasks.forEach((task, i) => {
      if (issued && task.dueDay && task.dueDay < earliestDay(issued)) {
        problems.push({
          ...at(['tasks', i, 'due']), severity: 'error', code: 'due-before-issued',
          message: `nhiệm vụ "${task.id}" có hạn ${formatPartialDate(task.dueDay)}, trước ngày ban hành báo cáo (${formatPartialDate(issued)})`,
          hint: 'hạn của nhiệm vụ phải sau ngày báo cáo đặt ra nó; kiểm tra lại "due" (thường là kỳ sau, ví dụ 2022-H2)',
        });
      }
    });
    problems.push(...checkProgressDates(report, issued ? latestDay(issued) : undefined, byId));
  }
  return problems;
}

function checkProgressDates(report: Report, issuedBy: string | undefined, reports: Map<string, Report>): Problem[] {
  const problems: Problem[] = [];
  report.progress.forEach((entry, i) => {
    const at = (path: PropertyKey[]) => ({ file: report.source.file, line: report.source.lineOf(['progress', i, ...path]) });
    // An unknown task is reported by the reference checks; only real tasks are dated here.
    const setBy = reports.get(entry.task.split('#')[0]);
    if (!setBy?.tasks.some((t) => t.key === entry.task)) return;
    const setOn = setBy.issued ? parsePartialDate(setBy.issued) : null;
    if (setOn && issuedBy && issuedBy < earliestDay(setOn)) {
      problems.push({
        ...at(['task']), severity: 'error', code: 'progress-before-task',
        message: `báo cáo này (ban hành ${formatPartialDate(report.issued)}) nói về nhiệm vụ "${entry.task}" do một báo cáo ban hành sau nó đặt ra (${formatPartialDate(setOn)})`,
        hint: 'kiểm tra lại mã nhiệm vụ trong "progress" hoặc ngày ban hành của hai báo cáo',
      });
    }
  });
  return problems;
}

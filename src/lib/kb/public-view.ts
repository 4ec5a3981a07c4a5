import type { KnowledgeBase } from '../model.ts';

/**
 * The knowledge base as the public may see it: confidential reports removed, and with them their
 * tasks and the progress they record, so no page, count, export or index can reveal them. A public
 * report's progress entries on a confidential report's tasks go too: the entry carries that
 * report's id (its path) and would let a page look the task up. Drafts (`draft: true`, a report
 * kb skeleton started and the unit has not issued) are left out the same way: not yet an answer.
 */
export function publicView(kb: KnowledgeBase): KnowledgeBase {
  const hidden = new Set(kb.reports.filter((report) => report.confidential || report.draft).map((report) => report.id));
  if (!hidden.size) return kb;
  const reports = kb.reports
    .filter((report) => !hidden.has(report.id))
    .map((report) => {
      const progress = report.progress.filter((entry) => !hidden.has(entry.task.split('#')[0]));
      return progress.length === report.progress.length ? report : { ...report, progress };
    });
  return { ...kb, reports };
}

import type { KnowledgeBase } from './model.ts';

/**
 * The knowledge base as the public may see it: confidential reports removed, and with them their
 * tasks and the progress they record, so no page, count, export or index can reveal them.
 */
export function publicView(kb: KnowledgeBase): KnowledgeBase {
  const reports = kb.reports.filter((report) => !report.confidential);
  return { ...kb, reports };
}

import type { Catalog } from '../kb/catalog.ts';
import { documentName } from '../labels.ts';
import { unitUntil } from '../lineage.ts';
import type { Task } from '../model.ts';
import { formatPartialDate, parsePartialDate } from '../partial-date.ts';
import type { Obligation } from '../tracker/duties.ts';
import { dutyRuleText } from '../tracker/tracker-text.ts';
import { periodAnchor } from '../tracker/matrix.ts';
import { urls } from '../urls.ts';

/** One all-day deadline in a calendar: a report owed under a duty, or a task's due day. */
export interface DeadlineEvent {
  /** Stable across builds: the obligation's or task's key (never the build time). */
  key: string;
  /** The unit it concerns (the one owing the report or the task). */
  unit: string;
  day: string;
  title: string;
  description: string;
  /** Path of the page it is about. */
  link: string;
  /** The content file the deadline is written in: its last change in git sets SEQUENCE (ics.ts). */
  file: string;
  category: 'Hạn báo cáo' | 'Hạn nhiệm vụ';
}

/**
 * Report deadlines under duties: one event per obligation with a due day, for the unit owing it.
 * "chưa rõ hạn" (no due day: deadlines are never invented) and obligations of a ceased unit
 * ("ended": the duty passed on) make no event. `statusOf` gives the standing as of the build day.
 */
export function obligationEvents(obligations: readonly Obligation[], catalog: Catalog, statusOf: (key: string) => string | undefined): DeadlineEvent[] {
  const events: DeadlineEvent[] = [];
  for (const ob of obligations) {
    if (!ob.dueDay || ob.status === 'ended' || !parsePartialDate(ob.dueDay)) continue;
    const doc = catalog.document(ob.document);
    if (!doc) continue;
    const unitName = catalog.unit(ob.unit)?.name ?? ob.unit;
    const inherited = ob.inheritedFrom ? ` (kế thừa từ ${catalog.unit(ob.inheritedFrom)?.name ?? ob.inheritedFrom})` : '';
    events.push({
      key: `han-bao-cao/${ob.key}`,
      unit: ob.unit,
      day: ob.dueDay,
      title: `Hạn báo cáo ${ob.period.label}: ${unitName} — ${ob.duty.title}`,
      description: [
        `${unitName}${inherited} gửi báo cáo ${ob.period.label} theo ${documentName(doc)}: ${ob.duty.title}.`,
        `Hạn: ${dutyRuleText(ob.duty)} (${formatPartialDate(ob.dueDay)}).`,
        ob.duty.to ? `Gửi: ${ob.duty.to}.` : '',
        statusOf(ob.key) ? `Tình trạng: ${statusOf(ob.key)}.` : '',
      ].filter(Boolean).join(' '),
      link: `${urls.unit(ob.unit)}#${periodAnchor(ob.period.id)}`,
      file: doc.source.file,
      category: 'Hạn báo cáo',
    });
  }
  return events;
}

/**
 * Tasks' due days, for the unit owing the task. A task without a due day makes no event, and a
 * task due after its owner ceased is left out: a ceased unit's calendar ends with it.
 */
export function taskEvents(tasks: readonly Task[], catalog: Catalog, statusOf: (key: string) => string | undefined): DeadlineEvent[] {
  const events: DeadlineEvent[] = [];
  for (const task of tasks) {
    if (!task.dueDay || !parsePartialDate(task.dueDay)) continue;
    const owner = catalog.unit(task.owner);
    const until = owner ? unitUntil(owner) : undefined;
    if (until && task.dueDay > until) continue;
    const report = catalog.report(task.report);
    if (!report) continue;
    const ownerName = owner?.name ?? task.owner;
    events.push({
      key: `nhiem-vu/${task.key}`,
      unit: task.owner,
      day: task.dueDay,
      title: `Hạn nhiệm vụ: ${task.title}`,
      description: [
        `${ownerName}; nhiệm vụ nêu trong ${report.title}.`,
        statusOf(task.key) ? `Tình trạng: ${statusOf(task.key)}.` : '',
      ].filter(Boolean).join(' '),
      link: `${urls.report(task.report)}#nhiem-vu`,
      file: report.source.file,
      category: 'Hạn nhiệm vụ',
    });
  }
  return events;
}

import type { Catalog } from '../kb/catalog.ts';
import { obligationLabel, taskStateLabel } from '../labels.ts';
import { addDays } from '../partial-date.ts';
import { dutyObligations } from '../tracker/duties.ts';
import type { Tracker } from '../tracker/tracker.ts';
import { obligationEvents, taskEvents, type DeadlineEvent } from './events.ts';

/**
 * Every deadline the calendars show, computed once per build: reports owed under duties for every
 * period that ends up to a year after the as-of day (so a subscriber sees what is coming, not only
 * what is late), and every task's due day. Standing words are those of the tracker as of its day.
 */
export const CALENDAR_HORIZON_DAYS = 366;

export interface SiteDeadlines {
  all: DeadlineEvent[];
  /** A unit's own deadlines; a province (level tinh) gets those of every unit in it as well. */
  forUnit(unitId: string): DeadlineEvent[];
}

export function siteDeadlines(catalog: Catalog, tracker: Tracker): SiteDeadlines {
  const standing = new Map(tracker.obligations.map((ob) => [ob.key, obligationLabel(ob)]));
  const ahead = dutyObligations(catalog.kb, addDays(tracker.asOf, CALENDAR_HORIZON_DAYS));
  const reportStatus = (key: string) => standing.get(key) ?? 'chưa đến hạn';
  const taskStatus = (key: string) => {
    const state = tracker.state(key);
    return state ? taskStateLabel(state) : undefined;
  };
  const all = [...obligationEvents(ahead, catalog, reportStatus), ...taskEvents(catalog.allTasks, catalog, taskStatus)];
  const byUnit = new Map<string, DeadlineEvent[]>();
  const add = (id: string | undefined, event: DeadlineEvent) => {
    if (!id) return;
    const list = byUnit.get(id);
    if (list) list.push(event);
    else byUnit.set(id, [event]);
  };
  for (const event of all) {
    const unit = catalog.unit(event.unit);
    add(event.unit, event);
    if (unit?.province && unit.province !== unit.id) add(unit.province, event);
  }
  return { all, forUnit: (id) => byUnit.get(id) ?? [] };
}

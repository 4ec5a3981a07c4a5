import type { Unit } from './model.ts';
import { earliestDay, latestDay, parsePartialDate } from './partial-date.ts';

/**
 * Unit lineage: when a unit lived and who took over after it. The 2025 reform ended every district
 * on 30/06/2025; their reports stay theirs, their open duties end with them and pass to successors
 * only where the successors are known (content leaves unknown successors empty).
 */

/** A unit's first and last days, parsed from its partial dates once per unit, not on every query. */
interface Lifetime {
  /** The partial dates it was parsed from: a unit edited since (the generator does) is parsed again. */
  text: string;
  from?: string;
  until?: string;
}

const lifetimes = new WeakMap<object, Lifetime>();

function lifetimeOf(unit: Partial<Pick<Unit, 'from' | 'until'>>): Lifetime {
  const text = `${unit.from ?? ''}|${unit.until ?? ''}`;
  let life = lifetimes.get(unit);
  if (life?.text !== text) {
    const from = unit.from ? parsePartialDate(unit.from) : null;
    const until = unit.until ? parsePartialDate(unit.until) : null;
    life = { text, from: from ? earliestDay(from) : undefined, until: until ? latestDay(until) : undefined };
    lifetimes.set(unit, life);
  }
  return life;
}

/** First day the unit existed (YYYY-MM-DD), or undefined when it always has. */
export function unitFrom(unit: Pick<Unit, 'from'>): string | undefined {
  return lifetimeOf(unit).from;
}

/** Last day the unit existed, or undefined while it still does. */
export function unitUntil(unit: Pick<Unit, 'until'>): string | undefined {
  return lifetimeOf(unit).until;
}

/** Whether the unit existed on `day`. */
export function unitExistsOn(unit: Pick<Unit, 'from' | 'until'>, day: string): boolean {
  const from = unitFrom(unit);
  const until = unitUntil(unit);
  return (!from || from <= day) && (!until || day <= until);
}

/** Whether the unit existed at any time from `start` to `end`. */
export function unitExistsDuring(unit: Pick<Unit, 'from' | 'until'>, start: string, end: string): boolean {
  const from = unitFrom(unit);
  const until = unitUntil(unit);
  return (!from || from <= end) && (!until || until >= start);
}

/**
 * The units that carry a unit's duties on `day`: its successors that exist then, following further
 * successors when one of them has ceased too. Empty when none are known.
 */
export function successorsOn(units: ReadonlyMap<string, Unit>, id: string, day: string): Unit[] {
  const found = new Map<string, Unit>();
  const seen = new Set<string>([id]);
  const visit = (unitId: string) => {
    for (const next of units.get(unitId)?.successors ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      const unit = units.get(next);
      if (!unit) continue;
      if (unitExistsOn(unit, day)) found.set(unit.id, unit);
      else visit(next);
    }
  };
  visit(id);
  return [...found.values()];
}

/** Units whose duties passed to `id`, directly or through a chain of successors. */
export function predecessorsOf(units: readonly Unit[], id: string): Unit[] {
  const found: Unit[] = [];
  const seen = new Set<string>([id]);
  const visit = (target: string) => {
    for (const unit of units) {
      if (seen.has(unit.id) || !unit.successors.includes(target)) continue;
      seen.add(unit.id);
      found.push(unit);
      visit(unit.id);
    }
  };
  visit(id);
  return found;
}

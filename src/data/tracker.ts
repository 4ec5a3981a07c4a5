import { buildTracker, type Tracker } from '../lib/tracker/tracker.ts';
import { getCatalog } from './kb.ts';
import { settings } from './settings.ts';

let tracker: Tracker | undefined;

/** The tracker for the public catalog as of KB_AS_OF (default today in Vietnam), built once per build. */
export function getTracker(): Tracker {
  tracker ??= buildTracker(getCatalog(), settings.asOf);
  return tracker;
}

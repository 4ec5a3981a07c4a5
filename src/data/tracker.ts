import { asOfFromEnv } from '../lib/tracker/status.ts';
import { buildTracker, type Tracker } from '../lib/tracker/tracker.ts';
import { getCatalog } from './kb.ts';

let tracker: Tracker | undefined;

/** The tracker for the public catalog as of KB_AS_OF (default today in Vietnam), built once per build. */
export function getTracker(): Tracker {
  tracker ??= buildTracker(getCatalog(), asOfFromEnv());
  return tracker;
}

/**
 * When this build ran: shown on the pages a service worker keeps for offline use (home, tracker),
 * so a page read offline says how old its data is. Read once, when the build starts.
 */
const builtAt = new Date();

/** "14:05 ngày 06/12/2026", in Vietnam's time (UTC+7). */
export function buildTimeText(now: Date = builtAt): string {
  const vn = new Date(now.getTime() + 7 * 3600 * 1000).toISOString();
  return `${vn.slice(11, 16)} ngày ${vn.slice(8, 10)}/${vn.slice(5, 7)}/${vn.slice(0, 4)}`;
}

/** An id of this build (its start time), stamped on pages for the offline script to compare. */
export const buildId = builtAt.toISOString();

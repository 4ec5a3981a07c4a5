import type { Settings } from '../../lib/settings.ts';

/**
 * A kb command: a one-line summary for the help text and a runner returning the exit code. The
 * settings (content root, as-of day, cache folder…) are read once, by kb.ts, and handed in.
 */
export interface Command {
  summary: string;
  run(args: string[], settings: Settings): Promise<number>;
}

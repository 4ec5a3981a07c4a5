import { resolve } from 'node:path';

/** A kb command: a one-line summary for the help text and a runner returning the exit code. */
export interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

/** The content root every command works on. */
export function contentRootFromEnv(): string {
  return resolve(process.env.KB_CONTENT_DIR ?? 'content');
}

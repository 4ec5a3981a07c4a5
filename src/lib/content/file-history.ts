import { todayInVietnam } from '../partial-date.ts';

/** When a content file last changed, as git's history tells it. */
export interface FileChange {
  /** Day (YYYY-MM-DD, Vietnam time) of the last commit that changed the file; absent when unknown. */
  day?: string;
  /** Why the day is unknown: the history is cut (shallow clone) or the file is not committed. */
  unknown?: 'shallow' | 'untracked';
}

/** Marks each commit in the log output `kb` asks git for (see logArguments). */
const COMMIT = '@@kb ';

/** Arguments for the one `git log` pass over the content folder: commit, date, then the files it touched. */
export function logArguments(path: string): string[] {
  return ['-c', 'core.quotePath=false', 'log', `--format=${COMMIT}%H %cI`, '--name-only', '--no-renames', '--', path];
}

/**
 * Reads that log (newest commit first) into the day each file last changed. `prefix` is the content
 * root's path in the repository ("content/"); paths come back under the content root. A file first
 * seen in a commit at the edge of a shallow clone may have changed long before: its day is unknown,
 * not the clone's date.
 */
export function parseFileLog(log: string, prefix: string, shallowEdge: ReadonlySet<string>): Map<string, FileChange> {
  const changes = new Map<string, FileChange>();
  let commit = '';
  let day: string | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith(COMMIT)) {
      const [hash, date] = line.slice(COMMIT.length).split(' ');
      commit = hash;
      day = Number.isNaN(Date.parse(date)) ? undefined : todayInVietnam(new Date(date));
      continue;
    }
    if (!line || !line.startsWith(prefix)) continue;
    const file = line.slice(prefix.length);
    if (changes.has(file)) continue;
    changes.set(file, shallowEdge.has(commit) ? { unknown: 'shallow' } : { day });
  }
  return changes;
}

/** Links to a file's page on the hosting repository (GitHub's URL shapes). */
export interface FileLinks {
  history: string;
  edit: string;
}

/** From KB_REPO_URL (https://github.com/org/repo) and the branch; absent when no repository is configured. */
export function fileLinks(repoUrl: string | undefined, branch: string, pathInRepo: string): FileLinks | undefined {
  const base = repoUrl?.trim().replace(/\/+$/, '').replace(/\.git$/, '');
  if (!base || !/^https?:\/\//.test(base)) return undefined;
  const path = pathInRepo.split('/').map(encodeURIComponent).join('/');
  const ref = branch.split('/').map(encodeURIComponent).join('/');
  return { history: `${base}/commits/${ref}/${path}`, edit: `${base}/edit/${ref}/${path}` };
}

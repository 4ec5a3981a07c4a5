import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { fileLinks, logArguments, parseFileLog, type FileChange, type FileLinks } from '../lib/content/file-history.ts';
import { contentRoot } from './kb.ts';
import { settings } from './settings.ts';

/** What a page shows of its file's history: the day it last changed and links to the repository. */
export interface FileHistory extends FileChange {
  links?: FileLinks;
}

interface History {
  changes: Map<string, FileChange>;
  /** The content root's path in the repository ("content/"), or from the working folder without git. */
  prefix: string;
  shallow: boolean;
}

let history: History | undefined;

/**
 * Reads git's history of the content root once per build: one `git log --name-only` for every
 * file, however many reports there are. Without git, or outside a repository, every day is unknown
 * and the build goes on.
 */
function readHistory(): History {
  const git = (args: string[]) => execFileSync('git', ['-C', contentRoot, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const top = git(['rev-parse', '--show-toplevel']).trim();
    const inRepo = relative(realpathSync(top), realpathSync(contentRoot)).split('\\').join('/');
    const prefix = inRepo ? `${inRepo}/` : '';
    const shallow = git(['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const edge = shallow ? shallowEdge(git(['rev-parse', '--git-path', 'shallow']).trim()) : new Set<string>();
    return { changes: parseFileLog(git(logArguments('.')), prefix, edge), prefix, shallow };
  } catch {
    return { changes: new Map(), prefix: `${relative(process.cwd(), contentRoot).split('\\').join('/')}/`, shallow: false };
  }
}

/** The commits at the cut of a shallow clone, listed by git in .git/shallow. */
function shallowEdge(path: string): Set<string> {
  try {
    return new Set(readFileSync(realpathSync(path.startsWith('/') ? path : `${contentRoot}/${path}`), 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

/** The history of one content file (path under the content root). */
export function fileHistory(file: string): FileHistory {
  history ??= readHistory();
  const change = history.changes.get(file) ?? { unknown: history.shallow ? 'shallow' : 'untracked' };
  const links = fileLinks(settings.repoUrl, settings.repoBranch, `${history.prefix}${file}`);
  return { ...change, links };
}

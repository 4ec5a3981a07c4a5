/**
 * Each indexed document's Pagefind fragment under a name made from its id: kb/d/<id>.frag. A result
 * then needs one request, and no lookup first: the fragment holds the page's URL, its meta fields
 * (title, kind, unit, period, date, signer) and its text for the excerpt. Before this, a result
 * cost a record file (to learn the fragment's name) and then the fragment, one round trip after
 * the other.
 *
 * Hard links: no second copy on the build machine. A deploy that does not keep links (a plain copy,
 * or a Pages artifact) stores the fragments twice, some 35 MB at 10,000 reports. The name is the
 * id, which moves when a report is added, so it is not Pagefind's content-named ".pf_fragment":
 * servers and the offline worker must not keep it forever (deploy/nginx.conf, offline/routes.ts).
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { documentFile } from './format.ts';

/** Links every document's fragment (a path relative to `pagefindDir`) into <termDir>/d/. */
export function linkDocumentFiles(pagefindDir: string, termDir: string, fragments: Iterable<[id: number, fragment: string]>): void {
  // Emptied first: a link left from an earlier build would be written through by a copy below.
  rmSync(join(termDir, 'd'), { recursive: true, force: true });
  mkdirSync(join(termDir, 'd'), { recursive: true });
  for (const [id, fragment] of fragments) {
    const from = join(pagefindDir, fragment);
    const to = join(termDir, documentFile(id));
    try {
      linkSync(from, to);
    } catch {
      // A file system without hard links (or across devices): a copy serves the same.
      copyFileSync(from, to);
    }
  }
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../lib/cache/json-cache.ts';
import type { SourceRef } from '../lib/model.ts';
import { todayInVietnam } from '../lib/partial-date.ts';
import { contentRoot, getCatalog } from './kb.ts';

/**
 * Keys under which Astro's incremental build (experimental.incrementalBuild) reuses a page from
 * the previous build instead of rendering it. A key must change whenever anything the page shows
 * changes, so each holds:
 * - every frontmatter of the public knowledge base (units, documents, every report's metadata,
 *   tasks and progress) and the date statuses are judged against: lists, task tables and
 *   statuses on any page come from these;
 * - for a page that shows a body, that file's full text.
 * A change to one report's text therefore renders its page alone; a change to any frontmatter
 * renders every keyed page again. A page that comes to show text from *other* files' bodies (say,
 * citations found in reports) must add those files' text to its key. Code changes are Astro's to
 * see: it hashes each page's module graph.
 */
let fingerprint: string | undefined;

function knowledgeBaseFingerprint(): string {
  fingerprint ??= contentHash(JSON.stringify([getCatalog().kb, process.env.KB_AS_OF ?? todayInVietnam()]));
  return fingerprint;
}

/** The key of a page that shows its entry's body (reports, documents). */
export function pageKeyWithBody(source: SourceRef): string {
  return contentHash(`${knowledgeBaseFingerprint()}\n${source.file}\n${readFileSync(join(contentRoot, source.file), 'utf8')}`);
}

/** The key of a page that shows metadata only (units). */
export function pageKey(kind: string, id: string): string {
  return contentHash(`${knowledgeBaseFingerprint()}\n${kind}:${id}`);
}

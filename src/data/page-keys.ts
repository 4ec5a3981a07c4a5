import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../lib/cache/json-cache.ts';
import { fileHistory } from './history.ts';
import { contentRoot, getCatalog } from './kb.ts';
import { settings } from './settings.ts';

/**
 * Keys under which Astro's incremental build (experimental.incrementalBuild) reuses a page from
 * the previous build instead of rendering it. A key must change whenever anything the page shows
 * changes, so each holds:
 * - the whole public knowledge base as loaded (units, documents, every report's metadata, tasks,
 *   progress and the citations read from its text) and the date statuses are judged against:
 *   lists, task tables, statuses and "cited by" lists on any page come from these;
 * - for a page that shows files, their full text and git history (the dates shown): a report or
 *   document page its own file, a briefing its document's and those of the reports it quotes.
 * A change to one report's text that cites nothing new renders its page alone; any change to
 * frontmatter or citations renders every keyed page again. A page that comes to show anything
 * else (another file's text, say) must add it to its key. Code changes are Astro's to see: it
 * hashes each page's module graph.
 */
let fingerprint: string | undefined;

function knowledgeBaseFingerprint(): string {
  if (!fingerprint) {
    // Hashed piece by piece: one JSON string of 10,000 reports with their citations is large.
    const hash = createHash('sha1').update(settings.asOf);
    const { reports, documents, units } = getCatalog().kb;
    for (const part of [units, documents, reports]) for (const item of part) hash.update(JSON.stringify(item));
    fingerprint = hash.digest('base64url');
  }
  return fingerprint;
}

/** The key of a page that shows a content file (a report, a described document). */
export function pageKeyWithFile(file: string): string {
  return pageKeyWithFiles([file]);
}

/** The key of a page that shows the text of several files (a briefing quotes its reports). */
export function pageKeyWithFiles(files: readonly string[]): string {
  const parts = files.map((file) => `${file}\n${JSON.stringify(fileHistory(file))}\n${readFileSync(join(contentRoot, file), 'utf8')}`);
  return contentHash(`${knowledgeBaseFingerprint()}\n${parts.join('\n')}`);
}

/** The key of a page that shows the knowledge base only (a unit, a document known from citations). */
export function pageKey(kind: string, id: string): string {
  return contentHash(`${knowledgeBaseFingerprint()}\n${kind}:${id}`);
}

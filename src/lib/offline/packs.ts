import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { OfflinePack } from './routes.ts';

/**
 * The file an URL path is served from in the built site (/don-vi/x/ → don-vi/x/index.html), and its
 * size: what saving it for offline use downloads (uncompressed, an upper bound on the wire).
 */
export function builtFileBytes(outDir: string, urlPath: string): number | undefined {
  const file = join(outDir, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/** A pack with each file's size filled in from the built site; files the build did not write are left out. */
export function sizedPack(outDir: string, pack: OfflinePack): OfflinePack {
  const files = pack.files
    .map((f) => ({ url: f.url, bytes: builtFileBytes(outDir, f.url) }))
    .filter((f): f is { url: string; bytes: number } => f.bytes !== undefined);
  return { label: pack.label, files };
}

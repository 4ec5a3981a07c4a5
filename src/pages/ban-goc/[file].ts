import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { contentRoot, getCatalog } from '../../data/kb.ts';

/**
 * "Bản gốc": the original a public report was imported from (kb import --keep-originals keeps it in
 * the content tree as originals/<sha256>.<ext>), copied into the site for download. Confidential
 * reports are not in the catalog, so their originals are never published. A report naming an
 * original that is not there stops the build, naming both, rather than link to nothing.
 */
export function getStaticPaths() {
  const kept = new Map<string, string>();
  for (const r of getCatalog().reportsNewestFirst) if (r.imported?.original) kept.set(r.imported.original, r.source.file);
  return [...kept].map(([path, report]) => {
    if (!existsSync(join(contentRoot, path))) throw new Error(`${report}: "imported.original" là ${path} nhưng tệp đó không có trong thư mục nội dung → chép tệp gốc vào, hoặc bỏ dòng original`);
    return { params: { file: path.replace(/^originals\//, '') }, props: { path } };
  });
}

export const GET: APIRoute = ({ props }) => new Response(readFileSync(join(contentRoot, (props as { path: string }).path)));

import type { APIRoute } from 'astro';
import { followKey } from '../../../data/follow.ts';
import { getCatalog } from '../../../data/kb.ts';
import type { OfflinePack } from '../../../lib/offline/routes.ts';
import { urls } from '../../../lib/urls.ts';

/** What "Lưu để dùng khi mất mạng" on a document's page saves: the page and the reports on it (sizes added after the build). */
export function getStaticPaths() {
  return getCatalog().kb.documents.map((doc) => ({ params: { id: doc.id }, cacheKey: followKey('document-pack', doc.id) }));
}

export const GET: APIRoute = ({ params }) => {
  const reports = getCatalog().reportsOn(params.id!);
  const pack: OfflinePack = {
    label: `Trang văn bản và ${reports.length} báo cáo thực hiện`,
    files: [urls.document(params.id!), ...reports.map((r) => urls.report(r.id))].map((url) => ({ url, bytes: 0 })),
  };
  return Response.json(pack);
};

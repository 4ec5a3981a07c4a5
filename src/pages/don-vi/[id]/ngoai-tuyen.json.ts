import type { APIRoute } from 'astro';
import { followKey } from '../../../data/follow.ts';
import { getCatalog } from '../../../data/kb.ts';
import type { OfflinePack } from '../../../lib/offline/routes.ts';
import { urls } from '../../../lib/urls.ts';

/** What "Lưu để dùng khi mất mạng" on a unit's page saves: the page and its reports' pages (sizes added after the build). */
export function getStaticPaths() {
  return getCatalog().kb.units.map((unit) => ({ params: { id: unit.id }, cacheKey: followKey('unit-pack', unit.id) }));
}

export const GET: APIRoute = ({ params }) => {
  const reports = getCatalog().reportsByUnit(params.id!);
  const pack: OfflinePack = {
    label: `Trang đơn vị và ${reports.length} báo cáo của đơn vị`,
    files: [urls.unit(params.id!), ...reports.map((r) => urls.report(r.id))].map((url) => ({ url, bytes: 0 })),
  };
  return Response.json(pack);
};

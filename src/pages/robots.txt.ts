import type { APIRoute } from 'astro';

/** Every page is public (confidential reports are never built); the sitemap lists them with their dates. */
export const GET: APIRoute = ({ site }) => new Response(
  `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site ?? 'https://example.invalid').href}\n`,
  { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
);

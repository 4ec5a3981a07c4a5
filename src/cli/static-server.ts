import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A running static server over a built site (kb brief, the search probe and the browser tests share it). */
export interface StaticServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  origin: string;
  /** Every response sent so far: path and bytes (headers and body, as sent). */
  sent: { path: string; bytes: number }[];
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 at an ephemeral port as a static host does: `/x/` serves `x/index.html`,
 * text files are gzipped when the browser asks for it, anything else goes out as the bytes on disk
 * (Pagefind's index files are compressed already), so transfer sizes match a real host. `port`
 * serves again at an address used before (a service worker belongs to its origin).
 */
export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  const gzipped = new Map<string, Buffer>();
  const sent: StaticServer['sent'] = [];
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return void response.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const type = contentTypes[extname(file)];
      let body: Buffer = readFileSync(file);
      const headers: Record<string, string | number> = { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (type && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        body = gzipped.get(file) ?? gzipped.set(file, gzipSync(body)).get(file)!;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
      const headerBytes = Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + String(value).length + 4, 20);
      sent.push({ path, bytes: headerBytes + (request.method === 'HEAD' ? 0 : body.length) });
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  };
  const server = createServer(handle);
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    sent,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

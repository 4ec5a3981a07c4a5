import { createServer } from 'node:net';
import { hasNginx } from '../../scripts/nginx/preview-server.ts';

/** nginx comes with the other Debian packages the tests need (scripts/system-deps.sh, installed by
 * the test set-up and .ci/run); this only says so plainly should it be gone. */
export function ensureNginx(): void {
  if (!hasNginx()) throw new Error('nginx is missing: apt-get install nginx libnginx-mod-http-brotli-static');
}

/** A TCP port free on 127.0.0.1 right now. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * `npm run serve:nginx [-- --port 8080] [--dist dist]`: the built site through Debian's nginx with
 * deploy/nginx.conf, on http://127.0.0.1:8080/, as the office's server will send it (compressed
 * copies, cache and security headers, the 404 page). Ctrl-C stops it and removes its temporary files.
 */
import { parseArgs } from 'node:util';
import { startPreview } from './nginx/preview-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, dist: { type: 'string', default: 'dist' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port: một số từ 1 đến 65535 (nhận được "${values.port}")`);
  process.exit(2);
}

try {
  const server = await startPreview(values.dist, port);
  console.log(`nginx đang phục vụ ${values.dist}/ tại ${server.origin}/ (deploy/nginx.conf${server.brotli ? ', có brotli' : ', không có brotli: thiếu libnginx-mod-http-brotli-static'}). Ctrl-C để dừng.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    console.log('Đã dừng nginx.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/**
 * Runs Debian's nginx with deploy/nginx.conf over a built site on a loopback port, as the office's
 * server would serve it: for a person to try (`npm run serve:nginx`) and for the test of the
 * deployed site (test/browser/nginx.test.ts). Everything nginx writes (pid, logs, temp files) goes
 * in a fresh temporary folder, removed when it stops; nothing listens beyond 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const deployConfig = resolve(import.meta.dirname, '../../deploy/nginx.conf');
const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface PreviewServer {
  origin: string;
  /** Whether .br copies are served (the brotli static module is installed). */
  brotli: boolean;
  /** What nginx wrote to its error log so far. */
  errors(): string;
  /** Stops nginx (gracefully) and removes its temporary folder. */
  close(): Promise<void>;
}

/** Whether Debian's nginx is installed. */
export function hasNginx(): boolean {
  return existsSync(nginxBinary);
}

/**
 * deploy/nginx.conf as a whole nginx configuration: listening on 127.0.0.1:`port` instead of port
 * 80, its root the given folder, wrapped in the main and http blocks Debian's /etc/nginx/nginx.conf
 * would give it, with every path nginx writes under `prefix`.
 */
export function previewConfig(dist: string, port: number, prefix: string, brotli: boolean): string {
  let site = readFileSync(deployConfig, 'utf8')
    .replace(/^\s*listen\s[^\n]*\n/gm, '')
    .replace(/^(\s*)root\s[^;]*;/m, `$1listen 127.0.0.1:${port};\n$1root ${resolve(dist)};`);
  if (!brotli) site = site.replace(/^\s*brotli_static\s[^\n]*\n/m, '');
  if (!/listen 127\.0\.0\.1:/.test(site)) throw new Error(`${deployConfig}: no "root" line to put the preview's folder in`);
  const temp = (name: string) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
  return [
    brotli ? `load_module ${brotliModule};` : '',
    // As root, nginx's workers would switch to "nobody", who cannot read a build in a private folder.
    process.getuid?.() === 0 ? 'user root;' : '',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')} warn;`,
    'worker_processes 1;',
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  sendfile on;',
    `  access_log ${join(prefix, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
    site,
    '}',
    '',
  ].join('\n');
}

/** Starts nginx over `dist` on 127.0.0.1:`port` and waits until it answers. */
export async function startPreview(dist: string, port: number): Promise<PreviewServer> {
  if (!hasNginx()) throw new Error(`nginx is not installed (${nginxBinary}): apt-get install nginx libnginx-mod-http-brotli-static`);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${resolve(dist)}: no built site here (index.html missing); run npm run build first`);
  const prefix = mkdtempSync(join(tmpdir(), 'kb-nginx-'));
  mkdirSync(join(prefix, 'temp'));
  const brotli = existsSync(brotliModule);
  const config = join(prefix, 'nginx.conf');
  writeFileSync(config, previewConfig(dist, port, prefix, brotli));
  const errorLog = join(prefix, 'error.log');
  const errors = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');

  const child = spawn(nginxBinary, ['-p', prefix, '-e', errorLog, '-c', config, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    await stop(child, exited);
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(origin, child);
  } catch (error) {
    await close();
    throw new Error(`nginx did not start: ${(error as Error).message}\n${stderr}${errors()}`);
  }
  return { origin, brotli, errors, close };
}

async function waitUntilAnswering(origin: string, child: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) throw new Error(`it exited with code ${child.exitCode}`);
    try {
      await fetch(`${origin}/`);
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }
  throw new Error('no answer within 5 seconds');
}

/** SIGQUIT: nginx finishes the requests under way, then exits. */
async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGQUIT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

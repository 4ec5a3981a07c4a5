import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hasNginx } from '../../scripts/nginx/preview-server.ts';

/** Debian's packages the nginx test serves the site with (.ci/run installs them too). */
export const nginxPackages = ['nginx', 'libnginx-mod-http-brotli-static'];

/** Installs Debian's nginx when missing and we are root (as .ci/run does); else one line saying what to install. */
export function ensureNginx(): void {
  if (hasNginx()) return;
  if (process.getuid?.() !== 0) throw new Error(`nginx is missing: apt-get install ${nginxPackages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Installing the package would start the machine's own nginx on port 80 of every address; a
  // policy-rc.d that says "no" (exit 101) stops that, as Docker images have one for the same reason.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...nginxPackages], { env, stdio: 'ignore' });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
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

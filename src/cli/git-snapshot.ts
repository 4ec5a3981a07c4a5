import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/**
 * The content root as it was at a git revision, written to a temporary folder so the ordinary
 * loader can read it. Two git processes whatever the number of files: `ls-tree` lists the blobs,
 * one `cat-file --batch` streams them all.
 */
export function contentAtRevision(root: string, revision: string): string {
  const git = (args: string[], input?: Buffer) =>
    execFileSync('git', ['-C', root, ...args], { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel']).toString().trim();
  } catch {
    throw new Error(`${root} không nằm trong một kho git: không so sánh được với phiên bản trước`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  } catch {
    throw new Error(`không có phiên bản "${revision}" trong lịch sử git (bản sao nông?). Trong GitHub Actions, dùng actions/checkout với fetch-depth: 0`);
  }
  const inRepo = relative(realpathSync(top), realpathSync(root)).split('\\').join('/');
  const listing = git(['ls-tree', '-r', '-z', '--full-tree', revision, '--', inRepo || '.']).toString('utf8');
  const blobs = listing.split('\0').filter(Boolean).map((entry) => {
    const [meta, path] = entry.split('\t');
    return { hash: meta.split(' ')[2], path, type: meta.split(' ')[1] };
  }).filter((b) => b.type === 'blob');

  const out = mkdtempSync(join(tmpdir(), 'kb-base-'));
  if (!blobs.length) return out;
  const stream = git(['cat-file', '--batch'], Buffer.from(blobs.map((b) => b.hash).join('\n') + '\n'));
  let offset = 0;
  for (const blob of blobs) {
    const headerEnd = stream.indexOf(0x0a, offset);
    const size = Number(stream.subarray(offset, headerEnd).toString().split(' ')[2]);
    const content = stream.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    const target = join(out, inRepo ? relative(inRepo, blob.path) : blob.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return out;
}

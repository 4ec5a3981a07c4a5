import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** Output of a real `astro build` of a content folder. */
export interface BuiltSite {
  outDir: string;
  /** The HTML of a page by URL path (/bao-cao/x/). */
  page(path: string): string;
  has(path: string): boolean;
  /** What the build printed. */
  log: string;
}

/**
 * Builds the site for `contentDir` with the real Astro build (the project's Node and CLI) into a
 * fresh temporary folder, as a user's `npm run build` would with KB_CONTENT_DIR set.
 */
export function buildSite(contentDir: string, extraEnv: Record<string, string> = {}): BuiltSite {
  const outDir = mkdtempSync(join(tmpdir(), 'kb-build-'));
  const log = execFileSync(
    join(projectRoot, 'node_modules/.bin/node'),
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    { cwd: projectRoot, env: { ...process.env, KB_CONTENT_DIR: resolve(contentDir), ...extraEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const file = (path: string) => join(outDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  return {
    outDir,
    log,
    page: (path) => readFileSync(file(path), 'utf8'),
    has: (path) => existsSync(file(path)),
  };
}

/** Runs a build expected to fail; returns what it printed. */
export function buildSiteFailing(contentDir: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'kb-build-'));
  try {
    execFileSync(
      join(projectRoot, 'node_modules/.bin/node'),
      [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      { cwd: projectRoot, env: { ...process.env, KB_CONTENT_DIR: resolve(contentDir) }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}\n${e.stderr ?? ''}`;
  }
  throw new Error('the build was expected to fail but succeeded');
}

/** Visible text of an HTML page: tags removed, entities decoded, whitespace collapsed. */
export function pageText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/\s+/g, ' ')
    .trim();
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';

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

export interface BuildOptions {
  /** Build into this folder (kept between builds) instead of a fresh temporary one. */
  outDir?: string;
  /** Run the build with no network at all (a fresh network namespace: `unshare -n`, or `-rn` when not root). */
  offline?: boolean;
  /**
   * Astro's cache folder (its incremental-build record). Give the same folder to builds that should
   * reuse each other's pages; by default each build gets a fresh one, so no test depends on what
   * another test's build left behind.
   */
  cacheDir?: string;
}

/**
 * The `unshare` arguments that run a command in a fresh network namespace with no network: `-n` as
 * root, `-rn` (a user namespace, mapped to root) otherwise. Neither possible stops the offline test
 * with a message saying so, never a skip.
 */
function offlineArguments(): string[] {
  for (const args of [['-n'], ['-rn']]) {
    try {
      execFileSync('unshare', [...args, 'true'], { stdio: 'ignore' });
      return args;
    } catch {
      // try the next way
    }
  }
  throw new Error('cannot cut a build off from the network here: `unshare -n` needs root, `unshare -rn` user namespaces (sysctl kernel.unprivileged_userns_clone=1)');
}

function runBuild(contentDir: string, outDir: string, extraEnv: Record<string, string>, options: BuildOptions): string {
  const node = join(projectRoot, 'node_modules/.bin/node');
  const args = [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
  const [command, commandArgs] = options.offline ? ['unshare', [...offlineArguments(), node, ...args]] : [node, args];
  const log = execFileSync(command, commandArgs, {
    cwd: projectRoot,
    env: {
      ...process.env,
      KB_CONTENT_DIR: resolve(contentDir),
      ASTRO_TELEMETRY_DISABLED: '1',
      KB_ASTRO_CACHE_DIR: options.cacheDir ?? mkdtempSync(join(tmpdir(), 'kb-astro-cache-')),
      ...extraEnv,
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // CI sets FORCE_COLOR: Astro then colours its log, and a path and its "(restored)" are no longer
  // side by side as the tests read them.
  return stripVTControlCharacters(log);
}

/**
 * Builds the site for `contentDir` with the real Astro build (the project's Node and CLI) into a
 * fresh temporary folder, as a user's `npm run build` would with KB_CONTENT_DIR set.
 */
export function buildSite(contentDir: string, extraEnv: Record<string, string> = {}, options: BuildOptions = {}): BuiltSite {
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'kb-build-'));
  const log = runBuild(contentDir, outDir, extraEnv, options);
  const file = (path: string) => join(outDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  return {
    outDir,
    log,
    page: (path) => readFileSync(file(path), 'utf8'),
    has: (path) => existsSync(file(path)),
  };
}

/** Runs a build expected to fail; returns what it printed. */
export function buildSiteFailing(contentDir: string, options: BuildOptions = {}): string {
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'kb-build-'));
  try {
    runBuild(contentDir, outDir, {}, options);
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return stripVTControlCharacters(`${e.stdout ?? ''}\n${e.stderr ?? ''}`);
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

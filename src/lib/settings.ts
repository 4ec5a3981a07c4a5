import { join, resolve } from 'node:path';
import { latestDay, parsePartialDate, todayInVietnam } from './partial-date.ts';

/**
 * Everything the site and `kb` take from the environment, read once at the edges (astro.config.mjs,
 * src/data/settings.ts for the pages, src/cli/kb.ts for the commands) and passed down: no module
 * under src/lib reads the environment itself (test/unit/layout.test.ts checks).
 */
export interface Settings {
  /** The content root: KB_CONTENT_DIR, or ./content, as an absolute path. */
  contentRoot: string;
  /**
   * The day the tracker judges against: KB_AS_OF (a month or year means its last day), else today
   * in Vietnam. Read when first asked, so a bad KB_AS_OF stops only what needs the day.
   */
  readonly asOf: string;
  /** Where kb keeps work it can redo: KB_CACHE_DIR, or node_modules/.cache/kb in the working folder. */
  cacheDir: string;
  /** Astro's cache folder (its incremental-build record), KB_ASTRO_CACHE_DIR; Astro's default when unset. */
  astroCacheDir?: string;
  /** The site's public address, KB_SITE_URL. */
  siteUrl: string;
  /** The repository's web address and branch for "xem lịch sử tệp" links (KB_REPO_URL, KB_REPO_BRANCH). */
  repoUrl?: string;
  repoBranch: string;
  /** Pages per search-index shard, KB_SEARCH_SHARD_PAGES (tests make small sites split). Read when first asked; a value that is not a whole number above 0 throws. */
  readonly searchShardPages?: number;
  /** Debian's Chromium, or CHROMIUM_PATH: `kb brief --pdf` prints with it. */
  chromiumPath: string;
  /** Set on GitHub Actions: `kb check` also prints annotations, naming files from GITHUB_WORKSPACE. */
  githubActions: boolean;
  githubWorkspace: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The settings in `env` (the environment, at an edge), paths resolved against `cwd`. */
export function readSettings(env: Env, cwd: string, now = () => new Date()): Settings {
  let asOf: string | undefined;
  return {
    contentRoot: resolve(cwd, env.KB_CONTENT_DIR ?? 'content'),
    get asOf() {
      const value = env.KB_AS_OF?.trim();
      asOf ??= value ? parseAsOf(value) : todayInVietnam(now());
      return asOf;
    },
    cacheDir: env.KB_CACHE_DIR ?? join(cwd, 'node_modules', '.cache', 'kb'),
    astroCacheDir: env.KB_ASTRO_CACHE_DIR || undefined,
    siteUrl: env.KB_SITE_URL ?? 'https://example.invalid',
    repoUrl: env.KB_REPO_URL,
    repoBranch: env.KB_REPO_BRANCH || 'main',
    get searchShardPages() {
      const value = env.KB_SEARCH_SHARD_PAGES?.trim();
      return value ? parseShardPages(value) : undefined;
    },
    chromiumPath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    githubActions: Boolean(env.GITHUB_ACTIONS),
    githubWorkspace: env.GITHUB_WORKSPACE ?? cwd,
  };
}

/** Pages per search shard, from text: a whole number above 0. Throws a Vietnamese message naming the bad value. */
export function parseShardPages(text: string): number {
  const pages = Number(text);
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`KB_SEARCH_SHARD_PAGES="${text}" không phải là số trang hợp lệ; viết một số nguyên lớn hơn 0, ví dụ 375, hoặc bỏ trống để dùng mặc định`);
  return pages;
}

/**
 * The day the tracker judges against, from text: a full date (2023-06-30), or a month or year
 * meaning its last day (2023-06 → 2023-06-30), the same rule partial dates follow everywhere.
 * Throws a Vietnamese message naming the bad value.
 */
export function parseAsOf(text: string, source = 'KB_AS_OF'): string {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`${source}="${text}" không phải là ngày hợp lệ; viết YYYY-MM-DD, ví dụ 2023-06-30`);
  return latestDay(date);
}

import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileHistory } from '../data/history.ts';
import { loadOncePerProcess } from '../lib/content/load-shared.ts';
import { publicView } from '../lib/kb/public-view.ts';
import type { Settings } from '../lib/settings.ts';
import { pageLastChange, type ContentChanges } from '../lib/feeds/page-dates.ts';

/**
 * sitemap-index.xml and its sitemap through @astrojs/sitemap (every page the build wrote, split
 * at 45,000 URLs), each with <lastmod> from git (lib/feeds/page-dates.ts). Only public files date
 * a page: a confidential report's commit day never shows in the sitemap. Listed after
 * stale-output in astro.config.mjs, so the files it writes are not pruned as stale.
 */
export default function siteMap(settings: Pick<Settings, 'contentRoot' | 'cacheDir'>): AstroIntegration {
  let changes: ContentChanges | undefined;
  const contentChanges = (): ContentChanges => {
    if (changes) return changes;
    // Already loaded and checked by content-check at build start: this is the same object.
    const { kb } = loadOncePerProcess(settings.contentRoot, settings.cacheDir);
    const view = publicView(kb);
    const files = [...view.reports, ...view.documents, ...view.units].map((entry) => entry.source.file);
    const days = new Map<string, string>();
    for (const file of new Set(files)) {
      const day = fileHistory(file).day;
      if (day) days.set(file, day);
    }
    changes = { days };
    return changes;
  };
  return sitemap({
    entryLimit: 45_000,
    serialize: (item) => {
      const day = pageLastChange(new URL(item.url).pathname, contentChanges());
      return day ? { ...item, lastmod: `${day}` } : item;
    },
  });
}

import type { Catalog } from '../lib/kb/catalog.ts';
import { buildRegister, type RegisterPage } from '../lib/citations/register.ts';
import { formatProblem } from '../lib/problems.ts';
import { loadForSite } from '../lib/kb/load-for-site.ts';
import { settings } from './settings.ts';

/** The content root: KB_CONTENT_DIR, or ./content. */
export const contentRoot = settings.contentRoot;

let catalog: Catalog | undefined;

/**
 * The public knowledge base, read once per build. Content with errors stops the build with every
 * problem listed by file and line (the same list `kb check` prints); warnings are printed and kept.
 */
export function getCatalog(): Catalog {
  if (catalog) return catalog;
  const site = loadForSite(settings);
  if (site.warnings.length) console.warn(`Cảnh báo nội dung:\n${site.warnings.map(formatProblem).join('\n')}`);
  catalog = site.catalog;
  return catalog;
}

let register: RegisterPage[] | undefined;

/** The register of cited documents we do not describe (lib/citations/register.ts), built once per build. */
export function getRegister(): RegisterPage[] {
  register ??= buildRegister(getCatalog().citations.cited);
  return register;
}

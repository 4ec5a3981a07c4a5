import { resolve } from 'node:path';
import { buildCatalog, type Catalog } from '../lib/kb/catalog.ts';
import { buildRegister, type RegisterPage } from '../lib/citations/register.ts';
import { loadOncePerProcess } from '../lib/content/load-shared.ts';
import { formatProblem, hasErrors } from '../lib/problems.ts';
import { publicView } from '../lib/kb/public-view.ts';

/** The content root: KB_CONTENT_DIR, or ./content. */
export const contentRoot = resolve(process.env.KB_CONTENT_DIR ?? 'content');

let catalog: Catalog | undefined;

/**
 * The public knowledge base, read once per build. Content with errors stops the build with every
 * problem listed by file and line (the same list `kb check` prints); warnings are printed and kept.
 */
export function getCatalog(): Catalog {
  if (catalog) return catalog;
  const { kb, problems } = loadOncePerProcess(contentRoot);
  const listing = problems.map(formatProblem).join('\n');
  if (hasErrors(problems)) {
    throw new Error(`Nội dung có lỗi, không dựng trang (${contentRoot}):\n${listing}\nChạy "npm run kb -- check" để xem lại.`);
  }
  if (problems.length) console.warn(`Cảnh báo nội dung:\n${listing}`);
  catalog = buildCatalog(publicView(kb));
  return catalog;
}

let register: RegisterPage[] | undefined;

/** The register of cited documents we do not describe (lib/citations/register.ts), built once per build. */
export function getRegister(): RegisterPage[] {
  register ??= buildRegister(getCatalog().citations.cited);
  return register;
}

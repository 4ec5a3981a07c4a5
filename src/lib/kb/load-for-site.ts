import { loadOncePerProcess } from '../content/load-shared.ts';
import { formatProblem, hasErrors, type Problem } from '../problems.ts';
import type { Settings } from '../settings.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { publicView } from './public-view.ts';
import type { KnowledgeBase } from '../model.ts';

/** What the site shows of a content root that loaded without errors. */
export interface SiteContent {
  /** The problems left, all warnings: printed, and the build goes on. */
  warnings: Problem[];
  /** The public catalog (confidential reports removed), built when first asked for. */
  readonly catalog: Catalog;
  /** The public knowledge base the catalog is built from, for what needs no catalog. */
  readonly kb: KnowledgeBase;
}

/**
 * Content with errors, refused in one wording wherever it is refused: the build (at its start and
 * in the pages), `kb status` and `kb brief`. The message lists every problem by file and line.
 */
export class ContentRefused extends Error {
  readonly root: string;
  readonly problems: readonly Problem[];
  constructor(root: string, problems: readonly Problem[]) {
    super(`Nội dung có lỗi, không dùng được (${root}):\n${problems.map(formatProblem).join('\n')}\n${REFUSAL_HINT}`);
    this.root = root;
    this.problems = problems;
  }
}

export const REFUSAL_HINT = 'Sửa các lỗi trên (tệp:dòng, cách sửa sau dấu →), rồi chạy "npm run kb -- check" để kiểm tra lại.';

/**
 * The one "load for the site" every page, integration and command uses: read and check the content
 * root (once per process, with the kb caches), refuse it on any error, keep the public view, build
 * the catalog. Throws ContentRefused.
 */
export function loadForSite(settings: Pick<Settings, 'contentRoot' | 'cacheDir'>): SiteContent {
  const { kb, problems } = loadOncePerProcess(settings.contentRoot, settings.cacheDir);
  if (hasErrors(problems)) throw new ContentRefused(settings.contentRoot, problems);
  let catalog: Catalog | undefined;
  const view = publicView(kb);
  return {
    warnings: problems,
    kb: view,
    get catalog() {
      catalog ??= buildCatalog(view);
      return catalog;
    },
  };
}

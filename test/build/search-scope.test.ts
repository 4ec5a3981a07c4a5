import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { storedPages } from '../helpers/pagefind-files.ts';

/**
 * What the search index holds at scale: report and directive bodies, not the pages made for every
 * document a report merely cites (about a dozen per report: ten times the reports at 10,000).
 */
describe('the search index scope', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(contentFolder({
      'reports/tinh-a/huyen-a/2023-h1-trich-dan.mdx': '---\nunit: huyen-a\nperiod: 2023-H1\nissued: 2023-06-20\ntitle: Báo cáo có trích dẫn\n---\n\nThực hiện Quyết định số 4321/QĐ-UBND ngày 05/3/2023 của UBND huyện A về việc tổ chức hội nghị.\n',
    }));
  });

  it('gives the merely cited document its entry in the register, and leaves the register out of the index', () => {
    const cited = /href="(\/van-ban\/dan-chieu\/[^"#]*)#[^"]*4321[^"]*"/.exec(site.page('/bao-cao/tinh-a/huyen-a/2023-h1-trich-dan/'))?.[1];
    expect(cited).toBeDefined();
    expect(site.page(cited!)).toContain('4321/QĐ-UBND');
    const urls = storedPages(site.outDir).map((p) => p.url);
    expect(urls).not.toContain(cited);
    expect(urls).toContain('/bao-cao/tinh-a/huyen-a/2023-h1-trich-dan/');
    expect(urls).toContain('/van-ban/nq-22-2013/');
  });
});

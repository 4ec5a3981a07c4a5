import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type OpenSite } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { searchFor } from '../helpers/search-page.ts';

/**
 * A unit's name typed as staff type it (without "tỉnh", without marks) puts that unit's own reports
 * first on the search page, before a report that only speaks of the unit: here a district's report
 * answering the Sở's request, with the Sở's full name in its title and in every paragraph.
 */
const own = '/bao-cao/tinh-a/so-ngoai-vu-a/2023-doi-ngoai/';
const speaksOf = '/bao-cao/tinh-a/huyen-a/2023-h1-tra-loi/';

let site: OpenSite;
beforeAll(async () => {
  const content = contentFolder({
    'reports/tinh-a/so-ngoai-vu-a/2023-doi-ngoai.mdx': '---\nunit: so-ngoai-vu-a\nperiod: "2023"\nissued: 2023-12-20\ntitle: Báo cáo công tác đối ngoại năm 2023\n---\n\nKết quả công tác đối ngoại năm 2023 trên địa bàn.\n',
    'reports/tinh-a/huyen-a/2023-h1-tra-loi.mdx': `---\nunit: huyen-a\nperiod: 2023-H1\nissued: 2023-06-20\ntitle: Báo cáo theo đề nghị của Sở Ngoại vụ tỉnh A\n---\n\n${'Thực hiện đề nghị của Sở Ngoại vụ tỉnh A, Ủy ban nhân dân huyện báo cáo như sau.\n\n'.repeat(8)}`,
  });
  site = await openSite(buildSite(content).outDir);
  await site.page.goto(`${site.origin}/tim-kiem/`);
}, 600_000);
afterAll(async () => {
  await site?.close();
});

describe('a unit’s name in the search box', () => {
  it.each(['so ngoai vu a', 'Sở Ngoại vụ tỉnh A', 'SO NGOAI VU TINH A'])('%s puts the unit’s own report first, and still finds the one that speaks of it', async (query) => {
    const paths = (await searchFor(site.page, query)).map((row) => row.path);
    expect(paths[0]).toBe(own);
    expect(paths).toContain(speaksOf);
  });

  it('words that are not a unit’s whole name rank as before: the report that speaks of the Sở most', async () => {
    expect((await searchFor(site.page, 'de nghi cua so ngoai vu'))[0]?.path).toBe(speaksOf);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefing, QUOTED_REPORTS, type Briefing } from '../../src/lib/briefing/build.ts';
import { groupFigures, highlightFigures } from '../../src/lib/briefing/figure-groups.ts';
import { reportReference } from '../../src/lib/briefing/reference.ts';
import { briefingTopics } from '../../src/lib/briefing/select.ts';
import { buildCatalog } from '../../src/lib/kb/catalog.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { publicView } from '../../src/lib/kb/public-view.ts';
import { readBody } from '../../src/lib/render/body.ts';
import { projectRoot } from '../helpers/build-site.ts';
import * as model from '../helpers/kb-model.ts';

const root = join(projectRoot, 'content');
const catalog = buildCatalog(publicView(loadKnowledgeBase(root).kb));
const inputs = { catalog, bodyOf: (r: { source: { file: string } }) => readBody(root, r.source.file) };
const briefing = (id: string) => buildBriefing(inputs, id)!;
const allText = (b: Briefing, key: 'results' | 'strengths' | 'limitations' | 'solutions' | 'recommendations' | 'directions') => b[key].map((q) => q.markdown).join('\n');

describe('the four named directives', () => {
  it.each([
    ['nq-22-2013', ['UBND huyện Bình Sơn', 'Ban Chỉ đạo về hội nhập quốc tế tỉnh Quảng Ngãi', 'Sở Công Thương tỉnh Quảng Ngãi'], ['22-NQ/TW', '59-NQ/TW']],
    ['ct-04-2011', ['Sở Công Thương tỉnh Quảng Ngãi'], ['44-CT/TW', '04-CT/TW', '12-CT/TW']],
    ['ct-12-2022', ['UBND huyện Bình Sơn'], ['44-CT/TW', '04-CT/TW', '12-CT/TW']],
    ['nd-80-2020', ['UBND huyện Bình Sơn'], ['93/2009/NĐ-CP', '80/2020/NĐ-CP']],
  ])('%s: reported on by %j, lineage %j', (id, units, chain) => {
    const b = briefing(id);
    expect(b.reports.map((r) => r.unitName)).toEqual(units);
    expect(b.lineage.map((d) => d.number)).toEqual(chain);
  });

  it('counts seed 002 under NĐ 80 through the directive its tasks carry', () => {
    const b = briefing('nd-80-2020');
    expect(b.reports.map((r) => [r.report.id, r.relations])).toEqual([['quang-ngai/binh-son/2023-doi-ngoai-nhan-dan', ['task', 'citation']]]);
    expect(b.tasks.map((t) => t.id)).toEqual(['phan-cap-quan-ly', 'van-ban-huong-dan']);
  });

  it('quotes 002\'s limitations, causes and recommendations in its own words for 12-CT/TW', () => {
    const b = briefing('ct-12-2022');
    expect(allText(b, 'limitations')).toContain('Công tác vận động viện trợ nước ngoài vào huyện còn ít về đối tượng thụ hưởng và giá trị.');
    expect(allText(b, 'limitations')).toContain('Cán bộ, công chức làm công tác đối ngoại nhân dân kiêm nhiệm nhiều nhiệm vụ');
    expect(allText(b, 'recommendations')).toContain('Bổ sung quy định về phân cấp quản lý.');
    expect(allText(b, 'strengths')).toContain('Ứng dụng công nghệ số vào công tác thông tin đối ngoại');
  });

  it('keeps 003\'s results, which have no Roman sections, as the lead of each numbered paragraph', () => {
    const text = allText(briefing('ct-04-2011'), 'results');
    expect(text).toContain('2.1. Trên lĩnh vực phát triển kinh tế ngành');
    expect(text).toContain('2.5. Thực hiện thường xuyên chuyên mục');
    expect(text).toContain('…');
  });

  it('points every quote at the line of its heading in the report file', () => {
    const b = briefing('nq-22-2013');
    for (const q of [...b.results, ...b.limitations, ...b.recommendations].filter((x) => x.heading)) {
      const lines = readFileSync(join(root, q.report.source.file), 'utf8').split('\n');
      expect(lines[q.line - 1]).toContain(q.heading.slice(0, 20));
    }
  });

  it('finds the key figures with their source report: aid, exports, delegations', () => {
    const figures = (id: string) => briefing(id).figures.map((f) => [f.text, f.topic, f.report.id]);
    expect(figures('ct-12-2022')).toContainEqual(['115.000.000 đồng', 'aid', 'quang-ngai/binh-son/2023-doi-ngoai-nhan-dan']);
    expect(figures('ct-04-2011')).toContainEqual(['1.409 triệu USD', 'trade', 'quang-ngai/so-cong-thuong-quang-ngai/2011-2021-chi-thi-04']);
    expect(figures('nq-22-2013')).toContainEqual(['17 đoàn', 'exchanges', 'quang-ngai/bcd-hnqt-quang-ngai/2021-h1-hoi-nhap']);
    expect(figures('nq-22-2013')).toContainEqual(['876 triệu USD', 'trade', 'quang-ngai/bcd-hnqt-quang-ngai/2021-h1-hoi-nhap']);
  });

  it('counts reports per period, oldest first', () => {
    expect(briefing('nq-22-2013').periods.map((p) => [p.period.id, p.reports.length])).toEqual([['2011-2021', 1], ['2021-H1', 1], ['2022-H1', 1]]);
  });

  it('adds a report that only cites the document, quoting just where it does', () => {
    const b = briefing('nq-22-2013');
    expect(b.reports.find((r) => r.report.unit === 'so-cong-thuong-quang-ngai')?.relations).toEqual(['citation']);
    expect(b.mentions.map((q) => q.report.unit)).toEqual(['so-cong-thuong-quang-ngai']);
    expect(b.mentions[0].markdown).toMatch(/^Theo đó, hàng năm tổ chức ít nhất 02 lớp tập huấn.*Nghị quyết số 22-NQ\/TW ngày 10\/4\/2013 của Bộ Chính trị về hội nhập quốc tế/);
    // Its own results are about another directive: they stay out of this pack, and its figures come
    // only from the passage that cites the document.
    expect(b.results.map((q) => q.report.unit)).not.toContain('so-cong-thuong-quang-ngai');
    const passage = b.mentions[0];
    const lines = passage.markdown.split('\n').length;
    for (const f of b.figures.filter((f) => f.report.unit === 'so-cong-thuong-quang-ngai')) {
      expect(f.line).toBeGreaterThanOrEqual(passage.line);
      expect(f.line).toBeLessThan(passage.line + lines);
      expect(passage.markdown).toContain(f.text);
    }
  });

  it('quotes a report that only sets tasks under the document where it cites it, not its other results', () => {
    // Bình Sơn's 2023 report answers 12-CT/TW; two of its tasks fall under NĐ 80.
    const b = briefing('nd-80-2020');
    const binhSon = b.reports.find((r) => r.report.id === 'quang-ngai/binh-son/2023-doi-ngoai-nhan-dan');
    expect(binhSon?.relations).not.toContain('directive');
    expect(b.results.map((q) => q.report.id)).not.toContain('quang-ngai/binh-son/2023-doi-ngoai-nhan-dan');
    expect(b.mentions.find((q) => q.report.id === 'quang-ngai/binh-son/2023-doi-ngoai-nhan-dan')?.markdown).toContain('Nghị định số 80/2020/NĐ-CP');
    expect(b.figures.filter((f) => f.report.id === 'quang-ngai/binh-son/2023-doi-ngoai-nhan-dan').map((f) => f.text)).toContain('115.000.000 đồng');
  });

  it('takes the citing reports from the catalog unless told otherwise', () => {
    const b = buildBriefing({ ...inputs, citedBy: () => [] }, 'nq-22-2013')!;
    expect(b.reports.map((r) => r.report.unit)).not.toContain('so-cong-thuong-quang-ngai');
  });

  it('has no briefing for an unknown document', () => {
    expect(buildBriefing(inputs, 'khong-co')).toBeUndefined();
  });
});

describe('briefing topics', () => {
  it('groups documents by lineage, topics with reports first, letters left out', () => {
    const topics = briefingTopics(catalog, (d) => catalog.reportsOn(d.id).length);
    const chains = topics.map((t) => t.documents.map((d) => d.id));
    expect(chains).toContainEqual(['ct-44-1994', 'ct-04-2011', 'ct-12-2022']);
    expect(chains).toContainEqual(['nq-22-2013', 'nq-59-2025']);
    expect(chains).toContainEqual(['nd-93-2009', 'nd-80-2020']);
    expect(chains.flat().some((id) => id.startsWith('cv-'))).toBe(false);
    expect(chains[0]).toEqual(['nq-22-2013', 'nq-59-2025']);
  });
});

describe('naming reports and figures', () => {
  it.each([
    ['quang-ngai/binh-son/2023-doi-ngoai-nhan-dan', 'Báo cáo số …/BC-UBND năm 2023'],
    ['quang-ngai/so-cong-thuong-quang-ngai/2011-2021-chi-thi-04', 'Công văn số …/SCT-VP ngày 02/04/2021'],
    ['thanh-hoa/trieu-son/2022-h1-doi-ngoai', 'Báo cáo'],
  ])('%s is cited as "%s"', (id, text) => {
    expect(reportReference(catalog.report(id)!)).toBe(text);
  });

  it('quotes the clause of a very long sentence once for all its figures, figures in bold', () => {
    const groups = groupFigures(briefing('nq-22-2013').figures);
    const exchanges = groups.find((g) => g.topic === 'exchanges')!;
    const row = exchanges.rows.find((r) => r.figures.includes('17 đoàn'))!;
    expect(row.figures).toEqual(['17 đoàn', '35 lượt khách']);
    expect(row.excerpt).toBe('… 17 đoàn/35 lượt khách các cơ quan đại diện ngoại giao, lãnh sự, tổ chức quốc tế …');
    expect(groups.map((g) => g.topic).indexOf('aid')).toBe(0);
    expect(highlightFigures('có 17 đoàn & 2 <đoàn>', ['17 đoàn'])).toBe('có <strong>17 đoàn</strong> &amp; 2 &lt;đoàn&gt;');
    // Not inside a longer number or word, each figure once, the longer first, across a line break.
    expect(highlightFigures('117 đoàn, rồi 17 đoàn; 1,5 tỷ đồng và 1,5 tỷ', ['17 đoàn', '1,5 tỷ đồng', '1,5 tỷ'])).toBe(
      '117 đoàn, rồi <strong>17 đoàn</strong>; <strong>1,5 tỷ đồng</strong> và <strong>1,5 tỷ</strong>',
    );
    expect(highlightFigures('tổng 2 triệu\nUSD', ['2 triệu USD'])).toBe('tổng <strong>2 triệu\nUSD</strong>');
  });
});

describe('a directive with many reports', () => {
  it(`quotes the newest ${QUOTED_REPORTS} and still lists and counts them all`, () => {
    const reports = Array.from({ length: 12 }, (_, i) => model.report(`tinh-a/huyen-a/${2010 + i}`, {
      period: String(2010 + i), directives: ['nq-22-2013'], tasks: [{ id: 'nv', title: `Nhiệm vụ ${2010 + i}`, due: String(2011 + i) }],
    }));
    const kb = model.knowledgeBase({ reports, units: [model.unit({ id: 'huyen-a', name: 'UBND huyện A' })], documents: [model.document('nq-22-2013', { kind: 'nghi-quyet' })] });
    const body = (r: { id: string }) => `## I. KẾT QUẢ\n\nKết quả năm ${r.id.slice(-4)} với 10 triệu đồng viện trợ.\n`;
    const b = buildBriefing({ catalog: buildCatalog(kb), bodyOf: body }, 'nq-22-2013')!;
    expect(b.reports).toHaveLength(12);
    expect(b.quoted.map((r) => r.report.period)).toEqual(['2021', '2020', '2019', '2018', '2017', '2016', '2015', '2014']);
    expect(b.results).toHaveLength(QUOTED_REPORTS);
    expect(b.figures).toHaveLength(QUOTED_REPORTS);
    expect(b.tasks).toHaveLength(12);
    expect(b.listedTasks.map((t) => t.title)).toEqual(b.quoted.map((r) => `Nhiệm vụ ${r.report.period}`));
    expect(b.periods).toHaveLength(12);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { checkBodySafety } from '../../src/lib/content/mdx-safety.ts';
import { prepareImport, readDocx } from '../../src/lib/import/index.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { encodeTcvn3 } from '../helpers/legacy-encode.ts';
import { BINH_SON_2022_H2, makeReportDocx, TRIEU_SON_2022 } from '../helpers/make-docx.ts';

const { kb } = loadKnowledgeBase(join(projectRoot, 'content'));

async function importDocx(bytes: Buffer) {
  const text = await readDocx(bytes);
  if (!text.ok) throw new Error(text.message);
  return { text, result: prepareImport(text.text, kb, 'bao-cao.docx') };
}

describe('a .docx made by Word (here by the docx library)', () => {
  it('reads the header table, the bold title across paragraphs, the footnote and the tasks', async () => {
    const { text, result } = await importDocx(await makeReportDocx(BINH_SON_2022_H2));
    expect(text.encoding).toBe('docx');
    expect(result).toMatchObject({
      number: '310/BC-UBND', symbol: 'BC-UBND', issued: '2022-12-22', place: 'Bình Sơn', kind: 'bao-cao',
      title: 'Kết quả triển khai công tác hội nhập quốc tế 6 tháng cuối năm 2022, phương hướng nhiệm vụ năm 2023',
      unit: 'binh-son', period: '2022-H2', recipient: 'Sở Ngoại vụ', directives: ['nq-22-2013'],
      signer: { name: 'Phạm Quang Sự', capacity: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
      recipients: ['Như trên;', 'Lưu: VT.'],
      path: 'reports/quang-ngai/binh-son/2022-h2-hoi-nhap.mdx',
    });
    expect(result.tasks.map((t) => [t.title.slice(0, 25), t.due])).toEqual([
      ['Tiếp tục tuyên truyền Ngh', '2023'],
      ['Tổ chức hội nghị xúc tiến', '2023'],
    ]);
    expect(result.duplicate).toBeUndefined();
  });

  it('keeps the footnote as [^1] and escapes braces and angle brackets so the body is safe MDX', async () => {
    const { result } = await importDocx(await makeReportDocx(BINH_SON_2022_H2));
    expect(result.body).toContain('về hội nhập quốc tế[^1] và các văn bản khác.');
    expect(result.body).toContain('[^1]: Kế hoạch số 15/KH-UBND ngày 20/7/2022 của UBND huyện.');
    expect(result.body).toContain('Tổng kinh phí \\{dự kiến\\} là 50 triệu đồng, tỷ lệ \\<5%');
    expect(checkBodySafety(result.body, 'x.mdx', 1)).toEqual([]);
  });

  it('reads a district\'s annual report: bulleted tasks due next year, a request to the province\'s Sở Ngoại vụ', async () => {
    const { result } = await importDocx(await makeReportDocx(TRIEU_SON_2022));
    expect(result).toMatchObject({ number: '456/BC-UBND', issued: '2022-12-20', place: 'Triệu Sơn', unit: 'trieu-son', period: '2022', path: 'reports/thanh-hoa/trieu-son/2022-doi-ngoai.mdx' });
    expect(result.tasks.map((t) => [t.kind, t.due, t.owner])).toEqual([
      ['direction', '2023', undefined], ['direction', '2023', undefined], ['request', undefined, 'so-ngoai-vu-thanh-hoa'],
    ]);
    expect(result.signer).toEqual({ name: 'Lê Quang Trung', capacity: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] });
  });

  it('keeps a table of figures as a table', async () => {
    const { result } = await importDocx(await makeReportDocx({ ...BINH_SON_2022_H2, dataTable: [['Nội dung', 'Số lượng'], ['Đoàn ra', '2'], ['Đoàn vào | khách', '5']] }));
    expect(result.body).toContain('| Nội dung | Số lượng |\n| --- | --- |\n| Đoàn ra | 2 |\n| Đoàn vào \\| khách | 5 |');
    expect(checkBodySafety(result.body, 'x.mdx', 1)).toEqual([]);
    expect(result.tasks).toHaveLength(2);
  });

  it('names the letter it answers when the knowledge base does not describe it, never inventing an id', async () => {
    const { result } = await importDocx(await makeReportDocx(BINH_SON_2022_H2));
    expect(result.request).toBeUndefined();
    expect(result.requestCitation).toMatchObject({ number: '999/SNgV-HTQT', date: '2022-12-01' });
    expect(result.missing).toContain('request');
    expect(result.mdx).toContain('# Công văn đề nghị chưa có trong cơ sở tri thức: Công văn số 999/SNgV-HTQT ngày 01/12/2022');
  });

  it('reads a document typed in the old TCVN3 fonts (.VnTime)', async () => {
    const latin1 = (s: string) => new TextDecoder('latin1').decode(encodeTcvn3(s));
    const bytes = await makeReportDocx({ ...BINH_SON_2022_H2, font: '.VnTime', encodeRun: latin1 });
    const { result } = await importDocx(bytes);
    expect(result).toMatchObject({ number: '310/BC-UBND', issued: '2022-12-22', place: 'Bình Sơn', unit: 'binh-son', period: '2022-H2' });
    expect(result.body).toContain('Theo đề nghị của Sở Ngoại vụ');
  });

  it('refuses a document in a VNI font, asking for Unicode', async () => {
    const result = await readDocx(await makeReportDocx({ ...BINH_SON_2022_H2, font: 'VNI-Times' }));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('VNI-Times') });
  });

  it('refuses a file that is not a .docx', async () => {
    const result = await readDocx(new TextEncoder().encode('not a zip'));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('không đọc được tệp .docx') });
  });
});

import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/**
 * A real .docx written with the `docx` library, shaped like the reports offices send: the header
 * as a two-column table (issuing body and number left, national motto and date right), the kind
 * and title in bold, the text with a footnote, the signature block beside "Nơi nhận".
 */
export interface ReportDocx {
  issuer: string[];
  number: string;
  dateLine: string;
  title: string[];
  paragraphs: (string | { text: string; footnote: string })[];
  recipients: string[];
  capacity: string[];
  signer: string;
  /** A table of figures after the first paragraph of the text, as reports carry. */
  dataTable?: string[][];
  /** A font for every run: '.VnTime' to write TCVN3 text as old documents did. */
  font?: string;
  /** Turns each run's text into what the file stores (TCVN3 bytes shown as Latin-1, for instance). */
  encodeRun?: (text: string) => string;
}

export async function makeReportDocx(spec: ReportDocx): Promise<Buffer> {
  const run = (text: string, bold = false) => new TextRun({ text: spec.encodeRun ? spec.encodeRun(text) : text, bold, font: spec.font });
  const para = (text: string, bold = false) => new Paragraph({ children: [run(text, bold)] });
  const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const body: (Paragraph | Table)[] = spec.paragraphs.map((p) => {
    if (typeof p === 'string') return para(p, /^[IVX]+\.\s/.test(p));
    const id = Object.keys(footnotes).length + 1;
    footnotes[id] = { children: [para(p.footnote)] };
    return new Paragraph({ children: [run(p.text), new FootnoteReferenceRun(id), run(' và các văn bản khác.')] });
  });
  if (spec.dataTable) {
    const rows = spec.dataTable.map((r) => new TableRow({ children: r.map((c) => cell([para(c)])) }));
    body.splice(3, 0, new Table({ rows }));
  }
  const doc = new Document({
    footnotes,
    sections: [{
      children: [
        new Table({ rows: [new TableRow({ children: [
          cell([...spec.issuer.map((l) => para(l, true)), para(spec.number)]),
          cell([para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true), para('Độc lập - Tự do - Hạnh phúc', true), para(spec.dateLine)]),
        ] })] }),
        para('BÁO CÁO', true),
        ...spec.title.map((t) => para(t, true)),
        ...body,
        new Table({ rows: [new TableRow({ children: [
          cell([para('Nơi nhận:', true), ...spec.recipients.map((r) => para(`- ${r}`))]),
          cell([...spec.capacity.map((c) => para(c, true)), para(''), para(spec.signer, true)]),
        ] })] }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/** A follow-up report of UBND huyện Bình Sơn for 2022-H2, with a footnote and two tasks for 2023. */
export const BINH_SON_2022_H2: ReportDocx = {
  issuer: ['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH SƠN'],
  number: 'Số: 310/BC-UBND',
  dateLine: 'Bình Sơn, ngày 22 tháng 12 năm 2022',
  title: ['Kết quả triển khai công tác hội nhập quốc tế 6 tháng cuối năm 2022,', 'phương hướng nhiệm vụ năm 2023'],
  paragraphs: [
    'Kính gửi: Sở Ngoại vụ.',
    'Theo đề nghị của Sở Ngoại vụ tại Công văn số 999/SNgV-HTQT ngày 01/12/2022 về việc báo cáo công tác hội nhập quốc tế 6 tháng cuối năm 2022; UBND huyện Bình Sơn kính báo cáo như sau:',
    'I. KẾT QUẢ TRIỂN KHAI',
    { text: 'Thực hiện Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị, huyện đã hoàn thành việc tuyên truyền về hội nhập quốc tế', footnote: 'Kế hoạch số 15/KH-UBND ngày 20/7/2022 của UBND huyện.' },
    'Tổng kinh phí {dự kiến} là 50 triệu đồng, tỷ lệ <5% so với năm trước.',
    'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023',
    'Tiếp tục tuyên truyền Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế đến cán bộ, công chức.',
    'Tổ chức hội nghị xúc tiến đầu tư với các doanh nghiệp Hàn Quốc trong quý II năm 2023.',
    'UBND huyện Bình Sơn kính báo cáo./.',
  ],
  recipients: ['Như trên;', 'Lưu: VT.'],
  capacity: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  signer: 'Phạm Quang Sự',
};

/** A district report for 2022 answering a letter the knowledge base does not describe, with a request. */
export const TRIEU_SON_2022: ReportDocx = {
  issuer: ['ỦY BAN NHÂN DÂN', 'HUYỆN TRIỆU SƠN'],
  number: 'Số: 456/BC-UBND',
  dateLine: 'Triệu Sơn, ngày 20 tháng 12 năm 2022',
  title: ['Kết quả công tác đối ngoại năm 2022, phương hướng nhiệm vụ năm 2023'],
  paragraphs: [
    'Kính gửi: Sở Ngoại vụ tỉnh Thanh Hóa.',
    'Thực hiện Công văn số 1234/SNgV-HTQT ngày 15/11/2022 của Sở Ngoại vụ về việc báo cáo kết quả công tác đối ngoại năm 2022; UBND huyện Triệu Sơn báo cáo như sau:',
    'I. KẾT QUẢ THỰC HIỆN',
    'Năm 2022, huyện đón 03 đoàn khách nước ngoài đến thăm và làm việc; tổ chức tuyên truyền về công tác thông tin đối ngoại.',
    'II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2023',
    '- Tiếp tục tuyên truyền chủ trương, chính sách đối ngoại của Đảng và Nhà nước.',
    '- Quản lý chặt chẽ các đoàn ra, đoàn vào.',
    'III. ĐỀ XUẤT, KIẾN NGHỊ',
    'Đề nghị Sở Ngoại vụ tổ chức tập huấn nghiệp vụ đối ngoại cho cán bộ huyện Triệu Sơn.',
    'UBND huyện Triệu Sơn trân trọng báo cáo./.',
  ],
  recipients: ['Sở Ngoại vụ (b/c);', 'Lưu: VT.'],
  capacity: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  signer: 'Lê Quang Trung',
};

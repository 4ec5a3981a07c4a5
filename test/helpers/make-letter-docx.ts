import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/**
 * A request letter (công văn đề nghị báo cáo) as a real .docx written with the `docx` library, shaped
 * as the Sở Ngoại vụ sends them: the header table (issuing body, number and "V/v …" left; national
 * motto and date right), "Kính gửi" with its list, the request, the closing, and an outline in an
 * appendix, typed ("I. …") or in Word's automatic numbering.
 */
export interface LetterDocx {
  issuer: string[];
  number: string;
  subject: string;
  dateLine: string;
  recipients: string[];
  paragraphs: string[];
  /** The appendix outline: [level 0 or 1, text]. */
  outline?: [number, string][];
  /** Number the outline with Word's list numbering instead of typed numbers. */
  autoNumbering?: boolean;
}

export async function makeLetterDocx(spec: LetterDocx): Promise<Buffer> {
  const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });
  const outline = (spec.outline ?? []).map(([level, text]) => spec.autoNumbering
    ? new Paragraph({ children: [new TextRun({ text, bold: level === 0 })], numbering: { reference: 'de-cuong', level } })
    : para(text, level === 0));
  const doc = new Document({
    numbering: { config: [{ reference: 'de-cuong', levels: [
      { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
    ] }] },
    sections: [{
      children: [
        new Table({ rows: [new TableRow({ children: [
          cell([...spec.issuer.map((l) => para(l, true)), para(spec.number), para(spec.subject)]),
          cell([para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true), para('Độc lập - Tự do - Hạnh phúc', true), para(spec.dateLine)]),
        ] })] }),
        para(`Kính gửi: ${spec.recipients[0]}`),
        ...spec.recipients.slice(1).map((r) => para(`- ${r}`)),
        ...spec.paragraphs.map((p) => para(p)),
        para('Trân trọng./.'),
        new Table({ rows: [new TableRow({ children: [
          cell([para('Nơi nhận:', true), para('- Như trên;'), para('- Lưu: VT, HTHQ.')]),
          cell([para('KT. GIÁM ĐỐC', true), para('PHÓ GIÁM ĐỐC', true), para(''), para('Nguyễn Văn An', true)]),
        ] })] }),
        ...(outline.length ? [para('ĐỀ CƯƠNG BÁO CÁO', true), para(`(Kèm theo Công văn ${spec.number.replace(/^Số:\s*/, 'số ')} của Sở Ngoại vụ)`), ...outline] : []),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/** A letter of 2024 to the districts and departments of Quảng Ngãi, due 20/6/2024, with an appendix outline. */
export const CV_480_2024: LetterDocx = {
  issuer: ['UBND TỈNH QUẢNG NGÃI', 'SỞ NGOẠI VỤ'],
  number: 'Số: 480/SNgV-HTHQ',
  subject: 'V/v báo cáo kết quả công tác hội nhập quốc tế 6 tháng đầu năm 2024',
  dateLine: 'Quảng Ngãi, ngày 03 tháng 6 năm 2024',
  recipients: ['', 'UBND các huyện, thị xã, thành phố;', 'Các sở, ban, ngành tỉnh.'],
  paragraphs: [
    'Thực hiện Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh, Sở Ngoại vụ đề nghị các cơ quan, đơn vị báo cáo kết quả công tác hội nhập quốc tế 6 tháng đầu năm 2024 theo đề cương kèm theo.',
    'Báo cáo gửi về Sở Ngoại vụ trước ngày 20/6/2024 để tổng hợp, tham mưu UBND tỉnh.',
  ],
  outline: [
    [0, 'KẾT QUẢ THỰC HIỆN'], [1, 'Công tác tuyên truyền'], [1, 'Hợp tác quốc tế'],
    [0, 'ĐÁNH GIÁ CHUNG'], [0, 'ĐỀ XUẤT, KIẾN NGHỊ'],
  ],
};

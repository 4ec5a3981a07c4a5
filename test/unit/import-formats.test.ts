import { describe, expect, it } from 'vitest';
import { dropPageFurniture, unusable } from '../../src/lib/import/formats/pdf.ts';
import { linesFromTsv } from '../../src/lib/import/formats/ocr.ts';
import { sniffFormat } from '../../src/lib/import/formats/sniff.ts';
import { checkDocxContainer } from '../../src/lib/import/container.ts';
import { documentKindOf } from '../../src/lib/import/document-draft.ts';

describe('a PDF text layer', () => {
  it('loses its page numbers and running header, keeps every line of text', () => {
    const page = (n: number, text: string) => `UBND HUYỆN BÌNH SƠN - Báo cáo số 310/BC-UBND\n${text}\n- ${n} -`;
    const joined = dropPageFurniture([page(1, 'Thực hiện Nghị quyết'), page(2, 'số 22-NQ/TW ngày 10/4/2013'), page(3, 'của Bộ Chính trị.')]);
    expect(joined).toBe('Thực hiện Nghị quyết\nsố 22-NQ/TW ngày 10/4/2013\ncủa Bộ Chính trị.');
  });

  it('is unusable when empty, too thin for its pages, or made of private-use glyphs', () => {
    expect(unusable('\f\f', 2)).toMatch(/không có lớp chữ/);
    expect(unusable('Số 12', 3)).toMatch(/quá ít/);
    expect(unusable('\ue000\ue001\ue002'.repeat(40), 1)).toMatch(/rác/);
    expect(unusable('Báo cáo kết quả công tác đối ngoại năm 2022 của Ủy ban nhân dân huyện Bình Sơn', 1)).toBeUndefined();
  });
});

describe('OCR lines from Tesseract TSV', () => {
  const row = (block: number, line: number, left: number, text: string, conf = 95) => `5\t1\t${block}\t1\t${line}\t1\t${left}\t100\t${text.length * 20}\t40\t${conf}\t${text}`;
  it('gives a two-column header left column first, then right, and marks low-confidence lines', () => {
    const tsv = ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      row(1, 1, 100, 'ỦY'), row(1, 1, 180, 'BAN'), row(1, 1, 1200, 'CỘNG'), row(1, 1, 1320, 'HÒA'),
      row(1, 2, 100, 'Số:'), row(1, 2, 1200, 'Độc'), row(1, 2, 1290, 'lập'),
      row(2, 1, 100, 'Kính', 40), row(2, 1, 220, 'gửi:', 50)].join('\n');
    const lines = linesFromTsv(tsv, 1).filter((l) => l.text);
    expect(lines.map((l) => l.text)).toEqual(['ỦY BAN', 'Số:', 'CỘNG HÒA', 'Độc lập', 'Kính gửi:']);
    expect(lines.at(-1)!.confidence).toBe(45);
  });
});

describe('what a file really is', () => {
  it('reads a .doc by its bytes: Word 97–2003, RTF or a web page', () => {
    const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : Uint8Array.from(s));
    expect(sniffFormat(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '.doc')).toBe('doc');
    expect(sniffFormat(bytes('{\\rtf1\\ansi'), '.doc')).toBe('rtf');
    expect(sniffFormat(bytes('\ufeff<html xmlns:o="urn:schemas-microsoft-com:office:office">'), '.doc')).toBe('html');
    expect(sniffFormat(bytes('%PDF-1.7'), '.docx')).toBe('pdf');
    expect(sniffFormat(bytes('x'), '.doc')).toBeUndefined();
  });

  it('refuses a .docx that is not a zip before inflating anything', () => {
    expect(checkDocxContainer(new TextEncoder().encode('not a zip at all'))?.message).toMatch(/không phải tệp nén ZIP/);
  });
});

describe('reports and other documents', () => {
  it('a QUYẾT ĐỊNH or KẾ HOẠCH is a document; a BÁO CÁO or a công văn is not', () => {
    expect(documentKindOf('UBND TỈNH QUẢNG NGÃI\n\nSố: 12/2023/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nBan hành Quy chế')).toMatchObject({ kind: 'quyet-dinh', prefix: 'qd' });
    expect(documentKindOf('UBND TỈNH\n\nKẾ HOẠCH\n\nTriển khai Chỉ thị 12-CT/TW')).toMatchObject({ kind: 'ke-hoach' });
    expect(documentKindOf('UBND HUYỆN\n\nBÁO CÁO\n\nKết quả công tác đối ngoại')).toBeUndefined();
    expect(documentKindOf('SỞ CÔNG THƯƠNG\n\nV/v báo cáo tổng kết\n\nKính gửi: Sở Ngoại vụ')).toBeUndefined();
  });
});

describe('a Word web page saved as .doc', () => {
  it('reads entities, joins source lines a paragraph was wrapped on, and keeps each paragraph (in a cell or not) a block of its own', async () => {
    const { readHtml } = await import('../../src/lib/import/formats/doc.ts');
    const html = '<html><head><meta charset="windows-1252"><style>p{}</style></head><body><table><tr><td><p><b>&#7910;Y BAN NH\xc2N D\xc2N</b></p></td><td><p>B&igrave;nh S&#417;n, ng&agrave;y 5 th&aacute;ng 7 n&#259;m 2023</p></td></tr></table>\r\n<p class=MsoNormal>Th&#7921;c hi&#7879;n C&ocirc;ng v&#259;n,\r\nhuy&#7879;n b&aacute;o c&aacute;o.</p></body></html>';
    const read = readHtml(Buffer.from(html, 'latin1'));
    expect(read).toEqual({ ok: true, encoding: 'html', text: 'ỦY BAN NHÂN DÂN\n\nBình Sơn, ngày 5 tháng 7 năm 2023\n\nThực hiện Công văn, huyện báo cáo.' });
  });
});

import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from '../../src/lib/import/decode.ts';
import { encodeCp1258, encodeTcvn3, encodeUtf16, misreadAsCp1252 } from '../helpers/legacy-encode.ts';

/** A report's opening, with the letters every legacy encoding handles differently. */
const REPORT = [
  'ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Bình Sơn, ngày 15 tháng 6 năm 2022',
  'BÁO CÁO',
  'Kết quả công tác đối ngoại 6 tháng đầu năm 2022',
  'Thực hiện Công văn số 435/SNgV-HTHQ của Sở Ngoại vụ, UBND huyện Bình Sơn kính báo cáo như sau: ' +
    'tiếp tục đẩy mạnh tuyên truyền về hội nhập quốc tế; những người được cử đi học ở nước ngoài; ' +
    'ưu tiên đường lối đối ngoại, tình hình kinh tế - xã hội của tỉnh; các dự án được triển khai ở xã.',
].join('\n');

const utf8 = (text: string) => new TextEncoder().encode(text);
const decoded = (bytes: Uint8Array) => {
  const result = decodeImportBytes(bytes);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
};

describe('the importer reads every encoding staff meet, and returns NFC', () => {
  it.each([
    ['UTF-8', utf8(REPORT), 'utf-8'],
    ['UTF-8 with a BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(REPORT)]), 'utf-8-bom'],
    ['UTF-8 in decomposed form (NFD)', utf8(REPORT.normalize('NFD')), 'utf-8'],
    ['UTF-16 LE with a BOM', encodeUtf16(REPORT, 'le'), 'utf-16le'],
    ['UTF-16 BE with a BOM', encodeUtf16(REPORT, 'be'), 'utf-16be'],
    ['UTF-16 LE without a BOM', encodeUtf16(REPORT, 'le', false), 'utf-16le'],
    ['Windows-1258 (tone marks after the letter)', encodeCp1258(REPORT), 'windows-1258'],
    ['TCVN3 / ABC', encodeTcvn3(REPORT), 'tcvn3'],
  ])('%s', (_, bytes, encoding) => {
    const result = decoded(bytes);
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(REPORT);
    expect(result.text.normalize('NFC')).toBe(result.text);
  });

  it('writes test files with the code pages\' own bytes (checked against iconv)', () => {
    expect([...encodeCp1258('Việt Nam ố')]).toEqual([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x20, 0xf4, 0xec]);
    expect([...encodeTcvn3('Báo cáo đối ngoại')]).toEqual([0x42, 0xb8, 0x6f, 0x20, 0x63, 0xb8, 0x6f, 0x20, 0xae, 0xe8, 0x69, 0x20, 0x6e, 0x67, 0x6f, 0xb9, 0x69]);
  });

  it('reads TCVN3 text that a converter took for Latin-1 ("kÝnh b¸o c¸o")', () => {
    const asLatin1 = new TextDecoder('latin1').decode(encodeTcvn3(REPORT));
    expect(asLatin1).toContain('kÝnh b¸o c¸o');
    const result = decoded(utf8(asLatin1));
    expect(result.encoding).toBe('tcvn3');
    expect(result.text).toBe(REPORT);
  });
});

describe('garbled or unreadable text is refused, never written', () => {
  it('refuses UTF-8 that was read as Windows-1252 (mojibake), quoting the line', () => {
    const garbled = misreadAsCp1252(REPORT);
    expect(garbled).toContain('BÃ¬nh SÆ¡n');
    const result = decodeImportBytes(utf8(garbled));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^văn bản đã bị lỗi phông/);
    expect(result.line).toBe(1);
    expect(result.hint).toContain('UTF-8');
  });

  it('does not mistake real text for mojibake: capitals with Ã, a «quote» closing after á', () => {
    const text = 'XÃ HỘI, NGÃ BA; tuyến «Quảng Ngãi – Thanh Hóa» được nâng cấp trong năm.';
    expect(decodeImportBytes(utf8(text))).toMatchObject({ ok: true, text });
  });

  it('refuses text whose letters were replaced by "?"', () => {
    const result = decodeImportBytes(utf8('B?o c?o k?t qu? c?ng t?c ??i ngo?i c?a huy?n B?nh S?n'));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('dấu "?"') });
  });

  it('refuses text with replacement characters (letters already lost)', () => {
    expect(decodeImportBytes(utf8('Báo cáo k\uFFFDt quả'))).toMatchObject({ ok: false, line: 1 });
  });

  it('refuses bytes that no known encoding reads as Vietnamese (VNI), asking for UTF-8', () => {
    // "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam" in VNI, the third legacy encoding.
    const bytes = Uint8Array.from([0x43, 0x6f, 0xe4, 0x6e, 0x67, 0x20, 0x68, 0x6f, 0xf8, 0x61, 0x20, 0x78, 0x61, 0xf5, 0x20, 0x68, 0x6f, 0xe4, 0x69, 0x20, 0x63, 0x68, 0x75, 0xfb, 0x20, 0x6e, 0x67, 0x68, 0xf3, 0x61, 0x20, 0x56, 0x69, 0x65, 0xe4, 0x74, 0x20, 0x4e, 0x61, 0x6d]);
    const result = decodeImportBytes(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('bảng mã cũ');
    expect(result.hint).toContain('lưu lại dưới dạng UTF-8');
  });

  it('refuses an empty file', () => {
    expect(decodeImportBytes(new Uint8Array())).toMatchObject({ ok: false, message: 'tệp rỗng' });
  });
});

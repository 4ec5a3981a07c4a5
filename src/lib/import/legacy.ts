/**
 * The legacy Vietnamese single-byte encodings staff still meet: Windows-1258 (Word's "Vietnamese
 * (Windows)" text) and TCVN3/ABC (the .VnTime fonts). Both decode to NFC Unicode here.
 */

/**
 * TCVN 5712:1993 (VN1) bytes 0x80–0xFF, the superset of TCVN3/ABC (VN3 uses 0xA1–0xFF). Checked
 * byte by byte against glibc iconv's TCVN5712-1 table. 0xB0–0xB4 are combining tone marks.
 */
const TCVN3_HIGH =
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ' + // 0x80–0x9F
  '\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ' + // 0xA0–0xBF
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịò' + // 0xC0–0xDF
  'ỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ'; // 0xE0–0xFF

if ([...TCVN3_HIGH].length !== 128) throw new Error('TCVN3 table must hold 128 characters');

/** Decodes TCVN3 bytes; ASCII passes through. All-caps words keep their case (see below). */
export function decodeTcvn3(bytes: Uint8Array): string {
  const high = [...TCVN3_HIGH];
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : high[byte - 0x80];
  return restoreCapitals(text.normalize('NFC'));
}

/**
 * TCVN3 has few capital letters with tone marks: headings were typed with the lower-case codes in a
 * capitals font (.VnTimeH), which plain text loses. A line whose Latin letters are all capitals and
 * where at least two words hold lower-case Vietnamese letters ("CộNG HOà Xã HộI") was such a heading:
 * capitalise it. One such word alone is not enough ("Số: 310/BC-UBND" is "Số", not "SỐ").
 */
function restoreCapitals(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const latin = line.match(/[A-Za-z]/g) ?? [];
      const allCaps = latin.length >= 3 && latin.every((c) => c >= 'A' && c <= 'Z');
      const mixed = (line.match(/\p{L}+/gu) ?? []).filter((w) => /[A-Z]/.test(w) && /\p{Ll}/u.test(w));
      return allCaps && mixed.length >= 2 ? line.toUpperCase() : line;
    })
    .join('\n');
}

/** The byte each TCVN3 character came from, to re-read text that a converter took as Latin-1. */
const cp1252Specials: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/**
 * Text whose TCVN3 bytes were read as Windows-1252/Latin-1 ("B¸o c¸o" from a .VnTime document),
 * turned back into bytes; null when a character cannot have come from one byte.
 */
export function latin1Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  let i = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const byte = code < 0x100 ? code : cp1252Specials[char];
    if (byte === undefined) return null;
    bytes[i++] = byte;
  }
  return bytes.subarray(0, i);
}

const cp1258 = new TextDecoder('windows-1258');

/** Windows-1258 puts tone marks after the letter as combining characters; NFC joins them. */
export function decodeWindows1258(bytes: Uint8Array): string {
  return cp1258.decode(bytes).normalize('NFC');
}

/** Syllables so common in any Vietnamese report that their count tells a right decoding from a wrong one. */
const COMMON = new Set(
  ('của và các được năm tháng ngày thực hiện công tác đối ngoại quốc tế hội nhập báo cáo nhân dân huyện ' +
    'tỉnh những trong với về việc đã có tình hình kết quả nước người phát triển kinh xã chính sách đảng ' +
    'nhà theo số để đến cho một là này tổ chức đề nghị tiếp tục tăng cường ủy ban sở địa phương vụ')
    .split(' '),
);

/** How Vietnamese a text reads: common syllables found, minus characters no Vietnamese text holds. */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (COMMON.has(word)) score++;
  const stray = text.match(/[\u0300-\u036f\u0080-\u009f¡-¿×÷ÐÞßþðÆæØøÅåÑñ]/g)?.length ?? 0;
  return score - 2 * stray;
}

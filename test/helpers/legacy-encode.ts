/**
 * Encoders for the legacy Vietnamese encodings, so tests can write files the way old software did.
 * The tables are written out here independently of src/lib/import/legacy.ts (the TCVN3 bytes were
 * produced once with glibc iconv's TCVN5712-1; the Windows-1258 ones are the code page's own).
 */

/** TCVN3 (ABC): the lower-case letters and the seven capitals it has, with their bytes. */
const TCVN3 =
  'àb5 ảb6 ãb7 áb8 ạb9 ăa8 ằbb ẳbc ẵbd ắbe ặc6 âa9 ầc7 ẩc8 ẫc9 ấca ậcb đae ècc ẻce ẽcf éd0 ẹd1 êaa ềd2 ểd3 ễd4 ếd5 ' +
  'ệd6 ìd7 ỉd8 ĩdc ídd ịde òdf ỏe1 õe2 óe3 ọe4 ôab ồe5 ổe6 ỗe7 ốe8 ộe9 ơac ờea ởeb ỡec ớed ợee ùef ủf1 ũf2 úf3 ụf4 ' +
  'ưad ừf5 ửf6 ữf7 ứf8 ựf9 ỳfa ỷfb ỹfc ýfd ỵfe Ăa1 Âa2 Êa3 Ôa4 Ơa5 Ưa6 Đa7';
const tcvn3 = new Map(TCVN3.split(' ').map((pair) => [pair[0], parseInt(pair.slice(1), 16)]));

/**
 * Text as a TCVN3 file stores it. Capitals with tone marks have no code: like the .VnTimeH fonts,
 * they are written with the lower-case code (the decoder restores capitals on all-capital lines).
 */
export function encodeTcvn3(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (tcvn3.has(char)) bytes.push(tcvn3.get(char)!);
    else if (tcvn3.has(char.toLowerCase())) bytes.push(tcvn3.get(char.toLowerCase())!);
    else throw new Error(`TCVN3 has no code for ${char}`);
  }
  return Uint8Array.from(bytes);
}

/** Windows-1258: letters it has whole, and the five tone marks it writes after the letter. */
const CP1258_LETTERS: Record<string, number> = {
  À: 0xc0, Á: 0xc1, Â: 0xc2, Ă: 0xc3, È: 0xc8, É: 0xc9, Ê: 0xca, Í: 0xcd, Đ: 0xd0, Ó: 0xd3, Ô: 0xd4, Ơ: 0xd5,
  Ù: 0xd9, Ú: 0xda, Ư: 0xdd, à: 0xe0, á: 0xe1, â: 0xe2, ă: 0xe3, è: 0xe8, é: 0xe9, ê: 0xea, í: 0xed, đ: 0xf0,
  ó: 0xf3, ô: 0xf4, ơ: 0xf5, ù: 0xf9, ú: 0xfa, ư: 0xfd,
};
const CP1258_TONES: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0309': 0xd2, '\u0303': 0xde, '\u0323': 0xf2 };

/** Text as Word's "Vietnamese (Windows)" text file stores it. */
export function encodeCp1258(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    if (CP1258_LETTERS[char] !== undefined) {
      bytes.push(CP1258_LETTERS[char]);
      continue;
    }
    const parts = [...char.normalize('NFD')];
    const tone = parts.find((p) => CP1258_TONES[p] !== undefined);
    const base = parts.filter((p) => p !== tone).join('').normalize('NFC');
    const baseByte = base.length === 1 && base.codePointAt(0)! < 0x80 ? base.codePointAt(0)! : CP1258_LETTERS[base];
    if (baseByte === undefined || !tone) throw new Error(`Windows-1258 has no code for ${char}`);
    bytes.push(baseByte, CP1258_TONES[tone]);
  }
  return Uint8Array.from(bytes);
}

/** UTF-16 with a byte-order mark, little- or big-endian. */
export function encodeUtf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** What a tool does when it reads UTF-8 as Windows-1252: "Báo cáo" becomes "BÃ¡o cÃ¡o". */
export function misreadAsCp1252(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

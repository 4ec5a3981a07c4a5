import { decodeTcvn3, decodeWindows1258, latin1Bytes, vietnameseScore } from './legacy.ts';
import { describeGarbled, findGarbled } from '../content/mojibake.ts';

/** Encodings the importer reads. */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'docx' | 'doc' | 'html' | 'rtf' | 'pdf' | 'ocr';

export type DecodedImport =
  | { ok: true; text: string; encoding: SourceEncoding }
  | { ok: false; message: string; hint: string; line?: number };

const LEGACY_REFUSAL = {
  message: 'tệp dùng bảng mã cũ không nhận ra được (không phải UTF-8, UTF-16, Windows-1258 hay TCVN3; có thể là VNI)',
  hint: 'mở tệp bằng Word hoặc Unikey (công cụ chuyển mã), hãy lưu lại dưới dạng UTF-8 rồi nhập lại',
};

/**
 * Reads the bytes of a .txt or .md file staff received: UTF-8 with or without BOM, UTF-16 (with BOM,
 * or without one when the zero bytes make the order plain), Windows-1258 or TCVN3. The text comes
 * back as NFC with \n line ends, or refused with a reason; garbled text (mojibake) is always refused.
 */
export function decodeImportBytes(bytes: Uint8Array): DecodedImport {
  if (bytes.length === 0) return { ok: false, message: 'tệp rỗng', hint: 'chọn đúng tệp báo cáo' };
  const decoded = decodeByBom(bytes) ?? decodeUtf16WithoutBom(bytes) ?? decodeUtf8OrLegacy(bytes);
  if (!decoded.ok) return decoded;
  return finish(decoded.text, decoded.encoding);
}

/** Final steps shared with .docx text: legacy text hidden in Unicode, NFC, line ends, mojibake. */
export function finish(raw: string, encoding: SourceEncoding): DecodedImport {
  let text = raw.replace(/\r\n?/g, '\n').replace(/[\u200b\u200c\u200d\ufeff]/g, '').normalize('NFC');
  let used = encoding;
  const rescued = rescueTcvn3InUnicode(text);
  if (rescued !== null) {
    text = rescued;
    used = 'tcvn3';
  }
  const garbled = findGarbled(text);
  if (garbled) return { ok: false, ...describeGarbled(garbled), line: garbled.line };
  return { ok: true, text, encoding: used };
}

function decodeByBom(bytes: Uint8Array): DecodedImport | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return strictly('utf-8', bytes.subarray(3), 'utf-8-bom');
  if (a === 0xff && b === 0xfe) return strictly('utf-16le', bytes.subarray(2), 'utf-16le');
  if (a === 0xfe && b === 0xff) return strictly('utf-16be', bytes.subarray(2), 'utf-16be');
  return null;
}

/** UTF-16 saved without a byte-order mark: ASCII letters leave a zero byte on one side of each pair. */
function decodeUtf16WithoutBom(bytes: Uint8Array): DecodedImport | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return strictly('utf-16le', bytes, 'utf-16le');
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return strictly('utf-16be', bytes, 'utf-16be');
  return null;
}

function strictly(label: string, bytes: Uint8Array, encoding: SourceEncoding): DecodedImport {
  try {
    return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, message: `tệp đánh dấu là ${label.toUpperCase()} nhưng có byte không hợp lệ`, hint: 'lưu lại tệp gốc dưới dạng UTF-8 rồi nhập lại' };
  }
}

function decodeUtf8OrLegacy(bytes: Uint8Array): DecodedImport {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: one of the single-byte encodings. Take the one whose text reads as Vietnamese,
    // and only when it clearly does; a wrong guess would write mojibake.
    return pickLegacy([
      { encoding: 'windows-1258', text: decodeWindows1258(bytes) },
      { encoding: 'tcvn3', text: decodeTcvn3(bytes) },
    ]);
  }
}

function pickLegacy(candidates: { encoding: SourceEncoding; text: string }[]): DecodedImport {
  const scored = candidates.map((c) => ({ ...c, score: vietnameseScore(c.text) })).sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  const words = best.text.match(/\p{L}+/gu)?.length ?? 0;
  if (best.score >= Math.max(3, words * 0.1) && best.score > 2 * Math.max(next.score, 0)) {
    return { ok: true, text: best.text, encoding: best.encoding };
  }
  return { ok: false, ...LEGACY_REFUSAL };
}

/**
 * TCVN3 text that a converter took for Latin-1 ("B¸o c¸o kÕt qu¶"), as in a .docx typed with the
 * .VnTime fonts: read back as TCVN3 when that clearly reads as Vietnamese and the text as it
 * stands does not. Returns null when there is nothing to rescue.
 */
export function rescueTcvn3InUnicode(text: string): string | null {
  if (!/[¸µ¶·¹¨©ª«¬®Õ×Ö]/.test(text)) return null;
  const bytes = latin1Bytes(text);
  if (!bytes) return null;
  const asTcvn3 = decodeTcvn3(bytes);
  const before = vietnameseScore(text);
  const after = vietnameseScore(asTcvn3);
  return after >= 3 && after > 2 * Math.max(before, 0) + 2 ? asTcvn3 : null;
}

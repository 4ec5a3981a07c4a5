import { nfc } from '../text.ts';
import { mojibakeLine } from './mojibake.ts';

/** The text of a content file, or why it could not be read as text. */
export type Decoded =
  | { ok: true; text: string; wasNfd: boolean; mojibakeLine?: number }
  | { ok: false; code: 'empty-file' | 'encoding'; message: string; hint: string; line: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Content files must be UTF-8 (a BOM is tolerated). Anything else is refused with the line where
 * the first bad byte sits, so nothing is silently turned into mojibake. Text is returned as NFC
 * with \n line endings; `wasNfd` says it was not NFC, so `kb check` can warn.
 */
export function decodeContentFile(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    return { ok: false, code: 'empty-file', message: 'tệp rỗng', hint: 'xóa tệp, hoặc điền nội dung: báo cáo và văn bản (.mdx) mở đầu bằng phần đầu giữa hai dòng ---; tệp đơn vị (.yaml) là danh sách các đơn vị', line: 1 };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, code: 'encoding', message: 'tệp mã hóa UTF-16, không phải UTF-8', hint: 'lưu lại tệp với mã hóa UTF-8 (hoặc nhập bằng `kb import`, lệnh này tự chuyển mã)', line: 1 };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // A NUL byte is valid UTF-8 but never text: it is UTF-16 saved without a BOM, or a binary file
  // (a .docx renamed .mdx). Decoding it would put invisible characters on the page.
  const nul = body.indexOf(0);
  if (nul >= 0) {
    return {
      ok: false,
      code: 'encoding',
      message: `tệp chứa byte NUL ở dòng ${countLines(body, nul)}: có thể là UTF-16 không có BOM hoặc tệp nhị phân (.docx, .pdf)`,
      hint: 'lưu lại tệp dạng văn bản UTF-8; tệp .docx thì nhập bằng `kb import`',
      line: countLines(body, nul),
    };
  }
  try {
    // Windows line endings become \n: the YAML parser chokes on a \r left at the end of the frontmatter.
    const raw = utf8.decode(body).replace(/\r\n?/g, '\n');
    if (!raw.trim()) return decodeContentFile(new Uint8Array());
    const text = nfc(raw);
    return { ok: true, text, wasNfd: text !== raw, mojibakeLine: mojibakeLine(text) };
  } catch {
    const offset = firstInvalidUtf8(body);
    const line = countLines(body, offset);
    return {
      ok: false,
      code: 'encoding',
      message: `byte không hợp lệ trong UTF-8 ở dòng ${line} (có thể là mã cũ TCVN3/VNI hoặc Windows-1258)`,
      hint: 'chuyển tệp sang UTF-8; `kb import` đọc được Windows-1258 và UTF-16',
      line,
    };
  }
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included, as the decoder refuses them). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (need > 0 && (i + 1 >= bytes.length || bytes[i + 1] < low || bytes[i + 1] > high)) return i;
    for (let k = 2; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

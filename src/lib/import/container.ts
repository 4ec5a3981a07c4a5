import { inflateRawSync } from 'node:zlib';

/**
 * What a file received for import really is, read from its bytes before any parser sees it, and
 * the limits a .docx (a ZIP archive) must keep before mammoth inflates it. A zip bomb declares a
 * few kilobytes that inflate to gigabytes; it is refused from the archive's central directory
 * (sizes and ratios, a few microseconds) and, should the directory lie, by inflating each part
 * with a cap no larger than the limit. A .docm (macros) renamed .docx is refused too.
 */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
export const MAX_PART_BYTES = 50 * 1024 * 1024;
export const MAX_RATIO = 200;
export const MAX_PARTS = 5000;

export type Refusal = { message: string; hint: string };

/** The kind of file the bytes open like, when it is not text: zip (.docx, .xlsx …), pdf or an old .doc. */
export function sniffBinary(bytes: Uint8Array): 'zip' | 'pdf' | 'doc' | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'doc';
  return undefined;
}

/** For a text import: a binary file named .txt or .md gets a message about its format, not its encoding. */
export function refuseBinaryAsText(bytes: Uint8Array): Refusal | undefined {
  const kind = sniffBinary(bytes);
  if (kind === 'zip') return { message: 'tệp này là tệp nén ZIP (thường là một tệp .docx bị đổi đuôi), không phải văn bản thuần', hint: 'nếu là văn bản Word, đổi đuôi thành .docx rồi nhập lại' };
  if (kind === 'pdf') return { message: 'tệp này là tệp PDF, không phải văn bản thuần', hint: 'mở PDF, chép toàn văn sang một tệp .txt (UTF-8) hoặc lưu từ Word thành .docx, rồi nhập lại' };
  if (kind === 'doc') return { message: 'tệp này là văn bản Word 97–2003 (.doc), không phải văn bản thuần', hint: 'mở bằng Word, "Lưu thành" .docx rồi nhập lại' };
  return undefined;
}

interface Entry { name: string; method: number; compressed: number; size: number; offset: number }

/** Refuses a .docx that is not a sound, modest ZIP of a Word document without macros. */
export function checkDocxContainer(bytes: Uint8Array): Refusal | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (sniffBinary(bytes) !== 'zip') {
    const kind = sniffBinary(bytes);
    return { message: kind === 'doc' ? 'tệp là văn bản Word 97–2003 (.doc) mang đuôi .docx' : 'tệp không phải .docx (không phải tệp nén ZIP của Word)', hint: 'mở bằng Word, "Lưu thành" Word Document (.docx) rồi nhập lại' };
  }
  const entries = centralDirectory(buffer);
  if (!entries) return { message: 'tệp .docx bị hỏng (không đọc được mục lục của tệp nén)', hint: 'mở bằng Word, lưu lại dạng .docx rồi nhập lại' };
  const tooBig = { message: `tệp .docx giải nén quá lớn (quá ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB) hoặc nén bất thường (có thể là "bom zip"): không mở`, hint: 'một báo cáo chỉ vài MB; kiểm tra lại tệp (có thể là tệp độc hại), hoặc lưu lại từ Word không kèm hình lớn' };
  if (entries.length > MAX_PARTS) return tooBig;
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size === 0xffffffff || e.compressed === 0xffffffff || e.size > MAX_PART_BYTES || total > MAX_UNCOMPRESSED_BYTES) return tooBig;
    if (e.size > 1024 * 1024 && e.size > e.compressed * MAX_RATIO) return tooBig;
  }
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name)) || /macroEnabled/i.test(readPart(buffer, entries, '[Content_Types].xml') ?? '')) {
    return { message: 'tệp có macro (Word .docm) mang đuôi .docx: không mở', hint: 'mở bằng Word, "Lưu thành" Word Document (.docx, không macro) rồi nhập lại' };
  }
  // The directory may lie about sizes: inflate every part with a cap, before mammoth inflates it uncapped.
  let inflated = 0;
  for (const e of entries) {
    const size = inflatedSize(buffer, e, Math.min(MAX_PART_BYTES, MAX_UNCOMPRESSED_BYTES - inflated));
    if (size === undefined) return tooBig;
    inflated += size;
  }
  return undefined;
}

function centralDirectory(buffer: Buffer): Entry[] | undefined {
  // The end-of-central-directory record is in the last 65,557 bytes (22 + a comment up to 65,535).
  const from = Math.max(0, buffer.length - 65557);
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < from || eocd + 22 > buffer.length) return undefined;
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = buffer.readUInt16LE(at + 28);
    entries.push({
      method: buffer.readUInt16LE(at + 10), compressed: buffer.readUInt32LE(at + 20), size: buffer.readUInt32LE(at + 24),
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength), offset: buffer.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return entries;
}

function partData(buffer: Buffer, e: Entry): Buffer | undefined {
  const at = e.offset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== 0x04034b50) return undefined;
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  return buffer.subarray(start, Math.min(buffer.length, start + e.compressed));
}

/** The inflated size of a part, or undefined when it passes `cap` bytes or cannot be read. */
function inflatedSize(buffer: Buffer, e: Entry, cap: number): number | undefined {
  const data = partData(buffer, e);
  if (!data) return undefined;
  if (e.method === 0) return data.length <= cap ? data.length : undefined;
  if (e.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) }).length;
  } catch {
    return undefined; // past the cap (ERR_BUFFER_TOO_LARGE) or damaged
  }
}

function readPart(buffer: Buffer, entries: Entry[], name: string): string | undefined {
  const e = entries.find((entry) => entry.name === name);
  const data = e && partData(buffer, e);
  if (!e || !data || e.size > 1024 * 1024) return undefined;
  try {
    return (e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: 1024 * 1024 })).toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * A .docx is a zip. Before mammoth inflates it in memory, the central directory says how large each
 * part becomes: a zip bomb (a few kilobytes that inflate to gigabytes) is refused from those sizes,
 * without inflating anything.
 */
const MAX_TOTAL = 200 * 1024 * 1024;
const MAX_RATIO = 200;

export function checkZip(bytes: Uint8Array): string | undefined {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return 'không phải tệp .docx (không phải tệp nén zip)';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return 'tệp .docx hỏng (không có mục lục của tệp nén)';
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return 'tệp .docx hỏng (mục lục của tệp nén sai)';
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    total += size;
    if (size === 0xffffffff || total > MAX_TOTAL || (size > 10 * 1024 * 1024 && size / Math.max(packed, 1) > MAX_RATIO)) {
      return `tệp .docx giải nén ra quá lớn (${Math.round(total / 1024 / 1024)} MB trở lên; có thể là "bom zip")`;
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return undefined;
}

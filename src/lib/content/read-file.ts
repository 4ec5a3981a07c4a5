import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems.ts';
import { fileTooLarge } from './body-limits.ts';
import { decodeContentFile } from './decode.ts';

/**
 * The only part of loading that touches the disk: a content file's text (decoded, NFC), the head
 * of a file up to the end of its frontmatter, and a file's stamp (size and modification time).
 * Parsing and checking what is read is parse-entry.ts's, and pure.
 */

/**
 * The text of a content file as NFC, with warnings about how it was stored; undefined (and an
 * error) when it cannot be read as UTF-8 text at all. Never throws: an unreadable file is a problem.
 */
export function readText(root: string, file: string, problems: Problem[], frontmatterOnly = false): string | undefined {
  let bytes: Uint8Array;
  try {
    // A file far past the body limit is not read at all: memory stays bounded whatever is dropped in.
    const tooLarge = frontmatterOnly ? undefined : fileTooLarge(root, file);
    if (tooLarge) {
      problems.push(tooLarge);
      return undefined;
    }
    bytes = frontmatterOnly ? readFrontmatterBytes(join(root, file)) : readFileSync(join(root, file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    problems.push({ file, line: 1, severity: 'error', code: 'unreadable', message: `không đọc được tệp (${reason})`, hint: 'kiểm tra tệp còn tồn tại, không phải liên kết hỏng và có quyền đọc' });
    return undefined;
  }
  const decoded = decodeContentFile(bytes);
  if (!decoded.ok) {
    problems.push({ file, line: decoded.line, severity: 'error', code: decoded.code, message: decoded.message, hint: decoded.hint });
    return undefined;
  }
  if (decoded.wasNfd) {
    problems.push({
      file, line: 1, severity: 'warning', code: 'nfd',
      message: 'văn bản ở dạng Unicode tổ hợp (NFD); trang web hiển thị bản đã chuẩn hóa NFC',
      hint: 'lưu lại tệp ở dạng NFC (dựng sẵn) để tìm kiếm và so sánh chính xác',
    });
  }
  if (decoded.mojibakeLine) {
    problems.push({
      file, line: decoded.mojibakeLine, severity: 'warning', code: 'mojibake',
      message: 'có chữ lỗi mã (kiểu "Ä‘á»‘i" thay cho "đối"): tệp từng bị đọc sai bảng mã rồi lưu lại',
      hint: 'lấy lại văn bản từ bản gốc hoặc nhập lại bằng `kb import`',
    });
  }
  return decoded.text;
}

/** A file's key in the checked-entry cache: its path, size and modification time; undefined when unreadable. */
export function fileStamp(root: string, file: string): string | undefined {
  try {
    const stat = statSync(join(root, file));
    return `${join(root, file)}\t${stat.size}\t${stat.mtimeMs}`;
  } catch {
    return undefined; // unreadable: the read says so
  }
}

/**
 * The bytes up to the end of the closing `---` line, read from the head of the file (all of it
 * when the frontmatter is longer than the head): `kb check --changed` needs the ids and tasks of
 * 10,000 unchanged reports, not their 60 KB bodies.
 */
function readFrontmatterBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, head.length, 0);
    const end = frontmatterEnd(head.subarray(0, read));
    if (end >= 0) return Buffer.from(head.subarray(0, end));
    if (read < head.length) return Buffer.from(head.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return readFileSync(path);
}

/** One buffer for the heads of files, reused: allocating one per file kept the collector busy. */
const head = Buffer.alloc(32768);

/** Offset just past the closing `---` line (ending in a newline), or -1 when not (yet) found. */
function frontmatterEnd(bytes: Buffer): number {
  for (let at = bytes.indexOf('\n---'); at >= 0; at = bytes.indexOf('\n---', at + 1)) {
    let end = at + 4;
    while (end < bytes.length && (bytes[end] === 0x20 || bytes[end] === 0x09 || bytes[end] === 0x0d)) end++;
    if (end < bytes.length && bytes[end] === 0x0a) return end;
  }
  return -1;
}

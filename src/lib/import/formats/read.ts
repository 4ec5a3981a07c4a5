import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeImportBytes, finish } from '../decode.ts';
import { readDocx } from '../docx.ts';
import { readDoc, readHtml, readRtf } from './doc.ts';
import { ocrImage, ocrPdf, ocrRefusal, type OcrResult } from './ocr.ts';
import { readPdfText } from './pdf.ts';
import { sniffFormat, type SourceFormat } from './sniff.ts';
import { ToolMissing } from './tools.ts';
import { checkDocxContainer, refuseBinaryAsText } from '../container.ts';

/** Files larger than this are refused unread: no report is 100 MB, and OCR of one would take hours. */
export const MAX_BYTES = 100 * 1024 * 1024;

/** What reading one input gave: its text and how it was read, or a refusal with the reason. */
export type ReadOutcome =
  | { ok: true; text: string; format: SourceFormat; encoding: string; sha256: string; size: number; ocr?: Omit<OcrResult, 'text'> }
  | { ok: false; message: string; hint: string; format?: SourceFormat; sha256?: string; line?: number; known?: string; missingTool?: { tool: string; debianPackage: string } };

/** Reads any input kb import takes, choosing the reader by what the bytes are, not only the name. */
export async function readSource(file: string, alreadyImported: (sha256: string) => string | undefined = () => undefined): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES) return { ok: false, message: `tệp quá lớn (${Math.round(size / 1024 / 1024)} MB; giới hạn 100 MB)`, hint: 'tách tệp, hoặc quét lại ở độ phân giải 300 dpi' };
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, message: `không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? String(error)})`, hint: 'kiểm tra quyền đọc tệp' };
  }
  if (bytes.length === 0) return { ok: false, message: 'tệp rỗng', hint: 'chọn đúng tệp báo cáo' };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // A file imported before is not read again (OCR of a re-run folder would take minutes for nothing).
  const known = alreadyImported(sha256);
  if (known) return { ok: false, sha256, known, message: `đã nhập trước đây: ${known}`, hint: '' };
  const ext = extname(file).toLowerCase();
  const format = sniffFormat(bytes.subarray(0, 1024), ext);
  if (!format) return { ok: false, sha256, message: `không nhận loại tệp "${ext || '(không có đuôi)'}"`, hint: 'dùng .docx, .doc, .pdf, ảnh trang (.png, .jpg, .tif), .txt hoặc .md' };
  try {
    const read = await readAs(format, file, bytes);
    if (!read.ok) return { ...read, format, sha256 };
    return { ok: true, text: read.text, format, encoding: read.encoding, sha256, size: bytes.length, ...(read.ocr ? { ocr: read.ocr } : {}) };
  } catch (error) {
    if (error instanceof ToolMissing) return { ok: false, format, sha256, message: error.message, hint: error.hint, missingTool: { tool: error.tool, debianPackage: error.debianPackage } };
    return { ok: false, format, sha256, message: `lỗi khi đọc tệp: ${error instanceof Error ? error.message : String(error)}`, hint: 'kiểm tra tệp, mở và lưu lại rồi nhập lại' };
  }
}

type Read = { ok: true; text: string; encoding: string; ocr?: Omit<OcrResult, 'text'> } | { ok: false; message: string; hint: string; line?: number };

async function readAs(format: SourceFormat, file: string, bytes: Buffer): Promise<Read> {
  switch (format) {
    case 'docx': {
      // A zip bomb, a .docm or a file that is no zip is refused before mammoth inflates anything.
      const unsafe = checkDocxContainer(bytes);
      return unsafe ? { ok: false, ...unsafe } : readDocx(bytes);
    }
    case 'doc': return readDoc(bytes);
    case 'html': return readHtml(bytes);
    case 'rtf': return readRtf(bytes);
    case 'text': {
      // A zip or PDF named .txt gets a message about its format, not its encoding.
      const binary = refuseBinaryAsText(bytes);
      return binary ? { ok: false, ...binary } : decodeImportBytes(bytes);
    }
    case 'image': return fromOcr(await ocrImage(file));
    case 'pdf': {
      const pdf = await readPdfText(file);
      if (!pdf.ok) return pdf;
      if (pdf.usable) return finish(pdf.text, 'pdf');
      return fromOcr(await ocrPdf(file, pdf.pages));
    }
  }
}

function fromOcr(result: OcrResult): Read {
  const refusal = ocrRefusal(result);
  if (refusal) return { ok: false, ...refusal };
  const { text, ...ocr } = result;
  const done = finish(text, 'ocr');
  return done.ok ? { ...done, ocr } : done;
}

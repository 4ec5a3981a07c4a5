import type { OcrLine } from './formats/ocr.ts';

/**
 * What a draft records of the file it came from (frontmatter `imported`, src/schemas/imported.ts),
 * and the OCR lines the author should check, for the comment at the top of the draft.
 */
export interface SourceRecord {
  file: string;
  sha256: string;
  format: 'docx' | 'doc' | 'html' | 'rtf' | 'pdf' | 'text' | 'image';
  ocr: boolean;
  confidence?: number;
  original?: string;
}

export interface DraftSource {
  imported: SourceRecord;
  /** OCR pages read, when the text came from OCR. */
  ocrPages?: number;
  lowLines?: OcrLine[];
}

/** How many low-confidence lines the comment lists; the summary has them all. */
const LISTED = 40;

/** The comment lines that say the text came from OCR and which lines to check. */
export function ocrComment(source: DraftSource | undefined): string[] {
  if (!source?.imported.ocr) return [];
  const lines = [`Văn bản đọc bằng nhận dạng chữ (OCR) từ ${source.ocrPages ?? '?'} trang quét; độ tin cậy trung bình ${String(source.imported.confidence ?? '?').replace('.', ',')}%. Đối chiếu từng chữ với bản quét.`];
  const low = source.lowLines ?? [];
  if (low.length) {
    lines.push(`Dòng nhận dạng kém (độ tin cậy dưới 75%), cần kiểm tra: ${low.length} dòng.`);
    for (const l of low.slice(0, LISTED)) lines.push(`  trang ${l.page} (${l.confidence}%): ${l.text.replace(/\s+/g, ' ')}`);
    if (low.length > LISTED) lines.push(`  … và ${low.length - LISTED} dòng nữa (xem tệp tóm tắt import-summary.md).`);
  }
  return lines;
}

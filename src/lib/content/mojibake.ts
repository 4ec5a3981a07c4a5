/**
 * Text that was already garbled before it reached us: the one detector, used by `kb import` (which
 * refuses such text and says where it is: writing it into the knowledge base would store nonsense no
 * search finds) and by `kb check` and the build (which warn on a content file holding it).
 */
export interface Garbled {
  line: number;
  /** The garbled characters with a little context. */
  sample: string;
  kind: 'utf8-as-ansi' | 'replacement' | 'question-marks';
}

/**
 * UTF-8 read as Windows-1252 or Latin-1: Vietnamese letters become "Ã¡", "áº¡", "á»‡", "Ä‘", "Æ°".
 * The lead bytes C3–C6 and E1 BA/BB show up as Ã Ä Å Æ and "áº"/"á»", each followed by a
 * continuation byte (0x80–0xBF) drawn as a C1 control, a cp1252 symbol or a Latin-1 sign. "Hóa»"
 * (a word closing a «quote») and «Nhanh quá» are not garbled: the mark must be followed by a third
 * such character. A C1 control character (U+0080–U+009F) is never in real text: it is a
 * continuation byte that Latin-1 let through.
 */
const UTF8_AS_ANSI =
  /[ÃÄÅÆ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|á[º»][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|[\u0080-\u009f]/u;

/** The first line holding UTF-8 read as Windows-1252 or Latin-1, or undefined when none does. */
export function mojibakeLine(text: string): number | undefined {
  const match = UTF8_AS_ANSI.exec(text);
  return match ? text.slice(0, match.index).split('\n').length : undefined;
}

/** Letters replaced by "?" when a converter had no code for them ("Vi?t Nam", "b?o c?o"). */
const QUESTION_MARKS = /\p{L}\?\p{L}/gu;

export function findGarbled(text: string): Garbled | null {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const match = UTF8_AS_ANSI.exec(line);
    if (match) return { line: index + 1, sample: around(line, match.index), kind: 'utf8-as-ansi' };
    const replaced = line.indexOf('\uFFFD');
    if (replaced >= 0) return { line: index + 1, sample: around(line, replaced), kind: 'replacement' };
  }
  const marks = [...text.matchAll(QUESTION_MARKS)];
  // A few "a?b" can be real ("x?y" in a formula); many mean the letters were lost.
  if (marks.length >= 5) {
    const first = marks[0].index!;
    const line = text.slice(0, first).split('\n').length;
    return { line, sample: around(lines[line - 1], first - text.lastIndexOf('\n', first) - 1), kind: 'question-marks' };
  }
  return null;
}

function around(line: string, index: number): string {
  return line.slice(Math.max(0, index - 12), index + 16).trim();
}

/** The refusal, in the words staff read. */
export function describeGarbled(garbled: Garbled): { message: string; hint: string } {
  const where = `dòng ${garbled.line}: "${garbled.sample}"`;
  switch (garbled.kind) {
    case 'utf8-as-ansi':
      return {
        message: `văn bản đã bị lỗi phông (chữ UTF-8 bị đọc sai bảng mã, như "Ã¡", "á»") ở ${where}`,
        hint: 'mở tệp gốc (.docx hoặc bản văn bản nhận được) và lưu lại dưới dạng UTF-8, rồi nhập lại; không sửa tay từng chữ',
      };
    case 'replacement':
      return {
        message: `văn bản có ký tự đã mất (hiện thành "�") ở ${where}`,
        hint: 'lấy lại tệp gốc và lưu dưới dạng UTF-8; ký tự đã mất không khôi phục được từ tệp này',
      };
    case 'question-marks':
      return {
        message: `văn bản có chữ bị thay bằng dấu "?" ở ${where}`,
        hint: 'tệp đã được lưu bằng bảng mã không có chữ tiếng Việt; lưu lại tệp gốc dưới dạng UTF-8',
      };
  }
}

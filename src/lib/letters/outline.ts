import type { OutlineItem } from '../../schemas/outline.ts';
import { foldVietnamese } from '../text.ts';

/**
 * The outline (đề cương) a request letter asks the report to follow: the headings of its appendix
 * ("ĐỀ CƯƠNG BÁO CÁO", "PHỤ LỤC …"), or the numbered headings after "theo đề cương sau:" in the body.
 * Explanations under a heading (bullets, sentences) are left out; a heading's number and words are
 * kept as printed. An outline set as a table is read row by row, with a note; nothing is made up.
 */
export interface Outline {
  items: OutlineItem[];
  /** The paragraph (1-based, in the letter's text) where the outline starts. */
  paragraph?: number;
  notes: string[];
}

/** One paragraph of the letter, as the import reader gives it. */
export interface OutlineLine {
  text: string;
  block: number;
}

const APPENDIX = /^(?:de cuong\b|phu luc\b|mau bao cao\b|huong dan (?:noi dung|de cuong) bao cao)/;
/** A sentence that ends by introducing the outline: "… theo đề cương sau:", "… gồm các nội dung chính sau đây:". */
const IN_BODY = /(?:theo de cuong|(?:de cuong|noi dung)(?: [a-z]+){0,4} (?:nhu sau|sau(?: day)?|gom|bao gom)|bao cao[^:]{0,200}(?:cu the )?nhu sau)\s*:\s*$|(?:theo de cuong|de cuong (?:bao cao )?(?:nhu sau|sau|gom))\s*$/;
const STOP = /^(?:noi nhan|tran trong|\.\/\.|tm\.|kt\.|giam doc|\(kem theo\b)|truoc ngay|cham nhat|thoi (?:gian|han) gui/;
const ROMAN = /^(?:(?:PHẦN|Phần)\s+)?([IVX]{1,4})\s*[.):\-–]\s*(\S.*)$/u;
const DOTTED = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(\S.*)$/;
const ARABIC = /^(\d{1,2})(?:[.)]\s*|\s*[-–]\s+)(\S.*)$/;
const LETTER = /^([a-zđ])\)\s*(\S.*)$/u;

export function readOutline(lines: readonly OutlineLine[]): Outline {
  const notes: string[] = [];
  const fold = (s: string) => foldVietnamese(s).toLowerCase();
  // An appendix wins over a sentence in the body pointing at it ("theo đề cương kèm theo").
  let start = findLast(lines, (l) => APPENDIX.test(fold(l.text)) && l.text.length < 160);
  const inBody = start < 0;
  if (inBody) start = lines.findIndex((l) => IN_BODY.test(fold(l.text)));
  if (start < 0) return { items: [], notes };
  const rows = lines.slice(start + 1);
  const hasRoman = rows.some((l) => ROMAN.test(l.text) || /^\|\s*[IVX]{1,4}\s*\|/.test(l.text));
  const items: OutlineItem[] = [];
  let tableNoted = false;
  for (const line of rows) {
    const text = line.text.trim();
    if (text.startsWith('|')) {
      const item = tableRow(text, hasRoman);
      if (!tableNoted) {
        notes.push(`đề cương ở dạng bảng (đoạn ${line.block + 1}): mỗi hàng được đọc thành một mục (cột số thứ tự và cột nội dung); đối chiếu với bản gốc`);
        tableNoted = true;
      }
      if (item) items.push(item);
      continue;
    }
    const heading = headingOf(text, hasRoman);
    if (heading) {
      items.push(heading);
      continue;
    }
    if (STOP.test(fold(text)) && (inBody || /^(?:noi nhan|tran trong)/.test(fold(text)))) break;
  }
  if (!tableNoted) regroupRestartedNumbers(items, notes, lines[start].block + 1);
  if (!items.length) notes.push(`có đề cương (đoạn ${start + 1} trở đi) nhưng không đọc được mục nào đánh số I., 1., a); chép đề mục vào "outline" bằng tay`);
  return { items, paragraph: lines[start].block + 1, notes };
}

function headingOf(text: string, hasRoman: boolean): OutlineItem | undefined {
  // "1. Kết quả thực hiện: nêu rõ …": the heading is the words before the explanation.
  const clean = (s: string) => (s.length > 120 && /^[^:]{3,120}:/.test(s) ? s.slice(0, s.indexOf(':')) : s).replace(/[\s:;.]+$/, '').trim();
  text = text.length > 200 && /^[^:]{3,140}:/.test(text) ? text.slice(0, text.indexOf(':')) : text;
  let m = ROMAN.exec(text);
  if (m) return { number: m[1], title: clean(m[2]), level: 1 };
  m = DOTTED.exec(text);
  if (m) return { number: m[1], title: clean(m[2]), level: hasRoman ? 3 : 2 };
  m = ARABIC.exec(text);
  // A numbered sentence of explanation is long; a heading is short.
  if (m && text.length <= 200) return { number: m[1], title: clean(m[2]), level: hasRoman ? 2 : 1 };
  m = LETTER.exec(text);
  if (m && text.length <= 200) return { number: m[1], title: clean(m[2]), level: hasRoman ? 3 : 2 };
  return undefined;
}

/** "| I | Kết quả thực hiện | … |" or "| Kết quả thực hiện | … |": number and title from the first cells. */
function tableRow(text: string, hasRoman: boolean): OutlineItem | undefined {
  const cells = text.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.replace(/\\\|/g, '|').trim());
  if (!cells.length || cells.every((c) => /^[\s\-:]*$/.test(c))) return undefined;
  if (/^(?:stt|tt|số tt|số thứ tự)$/iu.test(cells[0]) || /^(?:nội dung|đề mục|mục)$/iu.test(cells[0])) return undefined;
  const [first, second] = cells;
  if (/^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-z])$/.test(first) && second) {
    return headingOf(`${first}${/^[a-z]$/.test(first) ? ')' : '.'} ${second}`, hasRoman);
  }
  return first ? { title: first.replace(/[\s:;.]+$/, ''), level: 1 } : undefined;
}

/**
 * Word's automatic numbering reaches the text as counted numbers only (1., 1., 2., 2., 3.): the
 * levels and the printed forms (I., a)) are lost. When plain numbers restart, the levels are not
 * told by them: headings in capitals are taken as the main sections and the others as their
 * sub-sections, the counted numbers are dropped rather than passed off as printed, and a note says so.
 */
function regroupRestartedNumbers(items: OutlineItem[], notes: string[], paragraph: number) {
  if (!items.length || items.some((i) => !i.number || !/^\d+$/.test(i.number))) return;
  if (items.every((item, i) => Number(item.number) === i + 1)) return;
  const capitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  const mixed = items.some((i) => capitals(i.title)) && items.some((i) => !capitals(i.title));
  for (const item of items) {
    delete item.number;
    item.level = mixed && !capitals(item.title) ? 2 : 1;
  }
  notes.push(`đề cương (đoạn ${paragraph}) đánh số tự động hoặc đánh số lại từ 1 ở mỗi phần: số thứ tự in trên bản gốc không đọc được nên để trống; ${mixed ? 'mục viết hoa được xem là phần lớn, các mục khác là mục con' : 'các mục được xem cùng một cấp'} — đối chiếu bản gốc, sửa "number" và "level" nếu cần`);
}

function findLast<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

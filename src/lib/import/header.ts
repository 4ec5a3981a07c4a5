import { isoDay, parsePartialDate } from '../partial-date.ts';
import { isCapitals, ROMAN_HEADING, type Line } from './lines.ts';

/** What the header of a Vietnamese administrative document says, as printed. Absent means not found. */
export interface Header {
  /** Number and symbol (123/BC-UBND); absent when the copy leaves the number blank. */
  number?: string;
  /** The symbol alone (BC-UBND), also when the number is blank. */
  symbol?: string;
  place?: string;
  /** ISO, as precise as printed: 2022-06-15, 2022-06 or 2022. */
  issued?: string;
  /** The date line as printed, when its date could not be read (30 tháng 2). */
  badDate?: string;
  kind?: 'bao-cao' | 'cong-van' | 'to-trinh';
  /** Trích yếu: the lines after BÁO CÁO, or the "V/v …" lines of a công văn. */
  title?: string;
  /** After "Kính gửi". */
  recipient?: string;
  /** The issuing body's lines at the top left (ỦY BAN NHÂN DÂN / HUYỆN BÌNH SƠN). */
  issuerLines: string[];
  /** Index (in lines) of the first line after the header: where the text proper starts. */
  end: number;
}

/** How far down the header can reach: a header never runs longer than this many lines. */
const HEADER_REACH = 20;

const NUMBER_LINE = /(?:^|\s)Số\s*[:.]?\s*([\d.…]*)\s*([/-])\s*((?:\d{4}\/)?[\p{L}\d]+(?:[-/][\p{L}\d]+)*)/u;
/** A place name: capitalised words, and the lower-case words of "Thành phố", "Thị xã", "Thị trấn". */
const PLACE = String.raw`[\p{Lu}][\p{L}.]*(?:\s+(?:[\p{Lu}][\p{L}.]*|phố|xã|trấn)){0,5}`;
const DATE_LINE = new RegExp(String.raw`(?:^|\s)(${PLACE}),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})`, 'u');
const DATE_LINE_NUMERIC = new RegExp(String.raw`(?:^|\s)(${PLACE}),\s*ngày\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`, 'u');
const KIND_LINE: Record<string, Header['kind']> = { 'BÁO CÁO': 'bao-cao', 'TỜ TRÌNH': 'to-trinh', 'CÔNG VĂN': 'cong-van' };
const NATIONAL = /^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập|ĐỘC LẬP)/u;
const TEXT_START = /^(?:Kính gửi|Thực hiện|Theo|Căn cứ|Triển khai|Được|Sau khi|Nhằm|Ngày \d)/u;

export function readHeader(lines: readonly Line[]): Header {
  const header: Header = { issuerLines: [], end: 0 };
  const reach = Math.min(lines.length, HEADER_REACH);
  let kindAt = -1;
  let titleEnd = -1;
  for (let i = 0; i < reach; i++) {
    const { text } = lines[i];
    if (i > 0 && (ROMAN_HEADING.test(text) || (TEXT_START.test(text) && !/^Kính gửi/u.test(text)))) break;
    // A narrow column can leave "Số:" alone on its line, the number below it ("Số:" / "12/2023/QĐ-UBND").
    readNumber(/(?:^|\s)Số\s*[:.]?\s*$/u.test(text) && /^[\d.…]*\s*[/-]/u.test(lines[i + 1]?.text ?? '') ? `${text} ${lines[i + 1].text}` : text, header);
    // A narrow column can push the year onto the next line ("… tháng 12 năm" / "2022").
    readDate(/năm\s*$/u.test(text) && /^\d{4}\b/.test(lines[i + 1]?.text ?? '') ? `${text} ${lines[i + 1].text}` : text, header);
    const kind = KIND_LINE[text.replace(/[.:]$/, '').trim().toUpperCase()] ?? (/^BÁO CÁO\b/u.test(text) && isCapitals(text) ? 'bao-cao' : undefined);
    if (kind && kindAt < 0) {
      header.kind = kind;
      kindAt = i;
      titleEnd = readTitleAfterKind(lines, i, header);
      continue;
    }
    if (/^(?:V\/v|Về việc)\b/iu.test(text) && !header.title) {
      header.kind ??= 'cong-van';
      titleEnd = readBlockTitle(lines, i, header);
      continue;
    }
    const recipient = /^Kính gửi\s*:?\s*(.*)$/u.exec(text);
    if (recipient) {
      header.recipient = readRecipient(lines, i, recipient[1]);
      header.end = Math.max(header.end, i + 1);
      continue;
    }
    const issuer = issuerPart(text);
    if (kindAt < 0 && !header.title && issuer) header.issuerLines.push(issuer);
  }
  header.end = Math.max(header.end, titleEnd, kindAt + 1);
  // Past the recipient, lines already belong to the text; the end never runs past the reach.
  header.end = Math.min(header.end, reach);
  return header;
}

/**
 * The issuing body's words on a header line: the left column, once the national motto of the right
 * column and the "Số: …" line are taken off (a PDF copy often runs both columns into one line).
 */
function issuerPart(text: string): string | undefined {
  const left = text
    .replace(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM/gu, ' ')
    .replace(/Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|ĐỘC LẬP\s*[-–]\s*TỰ DO\s*[-–]\s*HẠNH PHÚC/gu, ' ')
    .replace(/\s*Số\s*[:.]?\s*[\d.…]*\s*[/-].*$/u, '')
    .replace(/\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,4},\s*ngày.*$/u, '')
    .replace(/[-–_*\s]+$/u, '')
    .trim();
  return left && isCapitals(left) && !/^(?:BÁO CÁO|TỜ TRÌNH|CÔNG VĂN)\b/u.test(left) ? left : undefined;
}

function readNumber(text: string, header: Header) {
  if (header.symbol) return;
  // "Số" opens the line, or follows the issuing body when a PDF copy ran the columns together.
  const match = NUMBER_LINE.exec(text);
  if (match && match.index > 0 && !isCapitals(text.slice(0, match.index))) return;
  if (!match) return;
  const [, digits, separator, symbol] = match;
  header.symbol = symbol.replace(/^\d{4}\//, '');
  if (/\d/.test(digits)) header.number = `${digits}${separator}${symbol}`;
}

function readDate(text: string, header: Header) {
  if (header.issued || header.badDate) return;
  const words = DATE_LINE.exec(text);
  const numeric = words ? null : DATE_LINE_NUMERIC.exec(text);
  const match = words ?? numeric;
  if (!match) return;
  const [, place, day, month, year] = match;
  header.place = tidyPlace(place);
  // A day without a month cannot be placed: keep only what is certain.
  const iso = month ? (day ? isoDay(Number(year), Number(month), Number(day)) : `${year}-${month.padStart(2, '0')}`) : year;
  if (parsePartialDate(iso)) header.issued = iso;
  else header.badDate = match[0].trim();
}

/**
 * The words before ", ngày": when the header's two columns ran into one line, capitals from the left
 * column ("HUYỆN BÌNH SƠN Bình Sơn") come first; the place is what follows them (TP. stays).
 */
function tidyPlace(place: string): string | undefined {
  const words = place.trim().split(/\s+/);
  while (words.length > 1 && isCapitals(words[0]) && !/\.$/.test(words[0]) && !words.slice(1).every(isCapitals)) words.shift();
  return words.join(' ') || undefined;
}

/**
 * The title follows BÁO CÁO: the rest of its block, or else the next block, and the short blocks
 * after it until the text proper starts (a title set on several lines or paragraphs).
 */
function readTitleAfterKind(lines: readonly Line[], at: number, header: Header): number {
  // "BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2022": the title can share the kind's line.
  const onKindLine = lines[at].text.replace(/^(?:BÁO CÁO|TỜ TRÌNH|CÔNG VĂN)[.:]?\s*/u, '');
  const rest: string[] = onKindLine ? [onKindLine] : [];
  let i = at + 1;
  for (; i < lines.length && lines[i].block === lines[at].block; i++) rest.push(lines[i].text);
  for (let blocks = 0; blocks < 3 && i < lines.length && continuesTitle(lines[i], rest); blocks++) {
    const block = lines[i].block;
    for (; i < lines.length && lines[i].block === block; i++) rest.push(lines[i].text);
  }
  if (rest.length) header.title = tidyTitle(rest.join(' '));
  return i;
}

function continuesTitle(line: Line, sofar: string[]): boolean {
  if (isTextStart(line) || /^(?:Kính gửi|Số\b|\d{1,2}[.)]\s)/u.test(line.text) || /:$/.test(line.text)) return false;
  if (DATE_LINE.test(line.text)) return false;
  const length = sofar.join(' ').length;
  return sofar.length === 0 ? line.text.length <= 400 : line.text.length < 150 && length < 300;
}

/** A "V/v …" title runs to the end of its block (the left column of the header). */
function readBlockTitle(lines: readonly Line[], at: number, header: Header): number {
  const parts: string[] = [];
  let i = at;
  for (; i < lines.length && lines[i].block === lines[at].block && !/^Kính gửi/u.test(lines[i].text); i++) parts.push(lines[i].text);
  header.title = tidyTitle(parts.join(' '));
  return i;
}

function isTextStart(line: Line): boolean {
  return TEXT_START.test(line.text) || ROMAN_HEADING.test(line.text);
}

function tidyTitle(title: string): string {
  return title.replace(/\s+/g, ' ').replace(/[\s,;:]+$/, '').trim();
}

/** "Kính gửi: Sở Ngoại vụ." or a list of addressees on the lines below. */
function readRecipient(lines: readonly Line[], at: number, sameLine: string): string | undefined {
  const tidy = (s: string) => s.replace(/^[-–+]\s*/, '').replace(/[\s.;,]+$/, '').trim();
  if (tidy(sameLine)) return tidy(sameLine);
  const listed: string[] = [];
  for (let i = at + 1; i < lines.length && /^[-–+]\s/.test(lines[i].text); i++) listed.push(tidy(lines[i].text));
  return listed.length ? listed.join('; ') : undefined;
}

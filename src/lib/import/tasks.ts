import { slugify } from '../text.ts';
import { planPeriod } from './find-period.ts';
import { isCapitals, ROMAN_HEADING, type Line } from './lines.ts';

/** A task found in the text, in the report's own words. */
export interface FoundTask {
  id: string;
  title: string;
  due?: string;
  kind: 'direction' | 'request';
  /** For a request: the addressee as printed ("Sở Ngoại vụ"), for the caller to match to a unit. */
  addressee?: string;
  /** The section heading it was found under. */
  section: string;
}

const DIRECTION = /phuong huong|nhiem vu (?:trong |cong tac |cua )?(?:thoi gian|\d|sau|nam|quy|giai doan)|ke hoach (?:cong tac|hoat dong)/;
const REQUEST = /de xuat|kien nghi/;
/** Paragraphs that set the scene rather than commit to something. */
const CONTEXT = /^(?:Trong bối cảnh|Tại |Căn cứ|Trên đây|Theo đó)/u;
const LIST_MARK = /^(?:[-–+•*]\s*|\d{1,2}[.)]\s+|[a-zđ][.)]\s+)/u;
const MAX_TITLE = 300;

/**
 * Tasks in "phương hướng, nhiệm vụ" (kind direction) and "đề xuất, kiến nghị" (kind request): one per
 * paragraph or list item, sub-headings and lead-ins ("Kính đề nghị Sở Ngoại vụ:") left out. A
 * direction is due at the end of the period its heading names; none is set when the text names none.
 */
export function findTasks(lines: readonly Line[], from: number, to: number, title: string | undefined, reportPeriod: string | undefined): FoundTask[] {
  const tasks: FoundTask[] = [];
  const ids = new Set<string>();
  for (let i = from; i < to; i++) {
    const kind = sectionKind(lines[i]);
    if (!kind) continue;
    const heading = lines[i].text;
    const due = kind === 'direction' ? planPeriod(heading, title, reportPeriod) : undefined;
    let addressee: string | undefined;
    let j = i + 1;
    for (const item of items(lines, j, to)) {
      j = item.next;
      if (item.endsSection) break;
      const text = item.text;
      if (/:$/.test(text)) {
        const asked = /(?:đề nghị|kiến nghị|đề xuất)(?: với)?\s+(.+?):$/iu.exec(text);
        if (asked) addressee = asked[1];
        continue;
      }
      if (isSubheading(item) || CONTEXT.test(text) || text.startsWith('|')) continue;
      const task: FoundTask = { id: uniqueId(text, ids), title: shorten(text), kind, section: heading };
      if (due) task.due = due;
      // Without a lead-in, the paragraph itself may say whom it asks ("Đề nghị Sở Ngoại vụ tổ chức …").
      const asks = kind === 'request' ? addressee ?? /(?:đề nghị|kiến nghị|đề xuất)(?: với)?\s+((?:\S+\s+){0,5}\S+)/iu.exec(text)?.[1] : undefined;
      if (asks) task.addressee = asks;
      tasks.push(task);
    }
    i = j - 1;
  }
  return tasks;
}

function sectionKind(line: Line): FoundTask['kind'] | undefined {
  const headingLike = ROMAN_HEADING.test(line.text) || line.emphasised || isCapitals(line.text);
  if (!headingLike || line.text.length > 220) return undefined;
  if (REQUEST.test(line.folded)) return 'request';
  if (DIRECTION.test(line.folded)) return 'direction';
  return undefined;
}

interface Item {
  text: string;
  emphasised: boolean;
  /** Opened with "-", "+" or "•": a list item, which is never a heading unless set in bold. */
  bullet: boolean;
  /** A Roman-numeral heading: the section is over. */
  endsSection: boolean;
  next: number;
}

/** Paragraphs and list items from `from`: a new item at each block start or list mark. */
function* items(lines: readonly Line[], from: number, to: number): Generator<Item> {
  let i = from;
  while (i < to) {
    const start = lines[i];
    if (ROMAN_HEADING.test(start.text) || sectionKind(start)) {
      yield { text: start.text, emphasised: true, bullet: false, endsSection: true, next: i };
      return;
    }
    let text = start.text;
    i++;
    while (i < to && !lines[i].first && !LIST_MARK.test(lines[i].text)) text += ` ${lines[i++].text}`;
    const bullet = /^[-–+•*]/.test(text);
    yield { text: text.replace(LIST_MARK, '').replace(/\s*\.\/\.$/, '.').trim(), emphasised: start.emphasised, bullet, endsSection: false, next: i };
  }
}

/** "1. Công tác thông tin tuyên truyền", "- Về hội nhập kinh tế quốc tế:" in bold: a heading, not a task. */
function isSubheading(item: Item): boolean {
  if (item.emphasised && item.text.length <= 200) return true;
  if (item.bullet) return false;
  return isCapitals(item.text) || (item.text.length <= 120 && !/[.;]$/.test(item.text) && /^\p{Lu}/u.test(item.text) && item.text.split(' ').length <= 16 && !/,.*,/.test(item.text));
}

/** Long paragraphs are cut at a clause boundary, marked with "…"; words are never changed. */
export function shorten(text: string): string {
  const clean = text.replace(/[.;:]+$/, '').trim();
  if (clean.length <= MAX_TITLE) return clean;
  const head = clean.slice(0, MAX_TITLE);
  const cut = Math.max(head.lastIndexOf('; '), head.lastIndexOf(', '));
  return `${(cut > 80 ? head.slice(0, cut) : head.slice(0, head.lastIndexOf(' '))).trim()} …`;
}

/** Phrases that open most tasks and say nothing of their subject. */
const OPENERS = /^(?:(?:tiep tuc|tang cuong|day manh|kip thoi|quan tam|chu dong|tap trung|thuong xuyen|nghien cuu|to chuc|trien khai|thuc hien|cong tac|viec|cac|va)\s+)+/;
const STOP = new Set('va cac cua trong voi cho nhung la o tai ve mot so nham theo tren'.split(' '));

function uniqueId(text: string, taken: Set<string>): string {
  const words = slugify(text).split('-').join(' ');
  const subject = words.replace(OPENERS, '').split(' ').filter((w) => w && !STOP.has(w));
  const chosen: string[] = [];
  for (const word of subject.length ? subject : words.split(' ')) {
    chosen.push(word);
    if (chosen.length >= 4 || chosen.join('-').length >= 18) break;
  }
  const base = chosen.join('-') || 'nhiem-vu';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

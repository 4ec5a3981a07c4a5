import { parseCitations } from '../citations/index.ts';
import { parsePeriod } from '../period.ts';
import { fold } from './lines.ts';

/** A period the text names: "6 tháng đầu năm 2022", "quý III năm 2022", "năm 2023". */
interface Mention {
  half?: 1 | 2;
  quarter?: number;
  year?: number;
  /** Named as the plan ("phương hướng, nhiệm vụ 6 tháng cuối năm"), not as what is reported on. */
  plan: boolean;
  index: number;
  text: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** Words that name the plan for the next period; "Kế hoạch số 92" is a document, not a plan period. */
const PLAN_WORDS = /(?:phuong huong|nhiem vu|du kien|ke hoach(?! so)(?! \d))[^.;]{0,50}$/;

/** Every period named in a text, in order. Dates ("ngày … tháng 6 năm 2022") and horizons ("đến năm 2030") are not periods. */
export function periodMentions(text: string): Mention[] {
  const folded = fold(text);
  const mentions: Mention[] = [];
  const plan = (index: number) => PLAN_WORDS.test(folded.slice(Math.max(0, index - 80), index));
  for (const m of folded.matchAll(/\b(?:0?6|sau) thang (dau|cuoi) nam(?: (\d{4}))?/g)) {
    mentions.push({ half: m[1] === 'dau' ? 1 : 2, year: m[2] ? Number(m[2]) : undefined, plan: plan(m.index), index: m.index, text: text.slice(m.index, m.index + m[0].length) });
  }
  for (const m of folded.matchAll(/\bquy (iv|i{1,3}|[1-4])(?:\/| nam )(\d{4})/g)) {
    mentions.push({ quarter: ROMAN[m[1]] ?? Number(m[1]), year: Number(m[2]), plan: plan(m.index), index: m.index, text: text.slice(m.index, m.index + m[0].length) });
  }
  for (const m of folded.matchAll(/\bnam (\d{4})\b(?!\s*[-–]\s*\d{4})/g)) {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    if (/(?:thang(?: \d{1,2})?|ngay|den|toi|giai doan[^,;]*|dau|cuoi|\d)\s*$/.test(before)) continue;
    if (mentions.some((x) => x.index <= m.index && m.index < x.index + x.text.length)) continue;
    mentions.push({ year: Number(m[1]), plan: plan(m.index), index: m.index, text: text.slice(m.index, m.index + m[0].length) });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

function periodId(m: Mention, year: number): string {
  if (m.half) return `${year}-H${m.half}`;
  if (m.quarter) return `${year}-Q${m.quarter}`;
  return String(year);
}

/**
 * The period a report covers, from its title, else from its opening paragraphs: the first period
 * named as reported on (not as the plan). A half-year named without its year takes the year the
 * same text gives the other half ("6 tháng đầu năm và … 6 tháng cuối năm 2022"); "tổng kết 10 năm
 * thực hiện Chỉ thị 04-CT/TW" spans the ten years from the directive's date, when the text prints it.
 */
export function findPeriod(title: string | undefined, intro: string): { period?: string; evidence?: string } {
  for (const text of [title ?? '', intro]) {
    const mentions = periodMentions(text);
    const reported = mentions.find((m) => !m.plan);
    if (!reported) continue;
    const year = reported.year ?? mentions.find((m) => m.year && m.half && m !== reported)?.year;
    if (year) return { period: periodId(reported, year), evidence: reported.year ? reported.text : `${reported.text} … ${year}` };
  }
  return anniversary(title ?? '', intro);
}

/** "tổng kết 10 năm thực hiện Chỉ thị 04-CT/TW" + "Chỉ thị số 04-CT/TW ngày 06/7/2011" → 2011-2021. */
function anniversary(title: string, intro: string): { period?: string; evidence?: string } {
  const m = /tong ket (\d{1,2}) nam/.exec(fold(title));
  if (!m) return {};
  const years = Number(m[1]);
  const named = parseCitations(title).map((c) => c.normalized);
  const dated = parseCitations(`${title}\n${intro}`).find((c) => c.date && (named.length === 0 || named.includes(c.normalized)));
  if (!dated?.date) return {};
  const from = Number(dated.date.slice(0, 4));
  const period = `${from}-${from + years}`;
  return parsePeriod(period) ? { period, evidence: `tổng kết ${years} năm, ${dated.raw}` } : {};
}

/**
 * When the tasks of a "phương hướng, nhiệm vụ" section are due: the period its heading names
 * ("6 THÁNG CUỐI NĂM 2022" → 2022-H2), else the plan the title names. A half named without a year
 * follows the report's own period (after 2021-H1, "6 tháng cuối năm" is 2021-H2).
 */
export function planPeriod(heading: string, title: string | undefined, reportPeriod: string | undefined): string | undefined {
  const fromHeading = periodMentions(heading)[0];
  const fromTitle = periodMentions(title ?? '').find((m) => m.plan);
  const mention = fromHeading ?? fromTitle;
  if (!mention) return undefined;
  if (mention.year) return periodId(mention, mention.year);
  const own = reportPeriod ? /^(\d{4})-H([12])$/.exec(reportPeriod) : null;
  if (!own || !mention.half) return undefined;
  const year = Number(own[1]);
  if (own[2] === '1' && mention.half === 2) return `${year}-H2`;
  if (own[2] === '2' && mention.half === 1) return `${year + 1}-H1`;
  return undefined;
}

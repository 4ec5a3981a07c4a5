/**
 * Sentences, paragraphs, lists, tables and footnotes for generated reports, assembled from the
 * phrase pools with counts, amounts and citations drawn per report, so no two reports read alike.
 */
import type { Period } from '../../lib/period.ts';
import { dayBetween, printedDate } from './dates.ts';
import { partnerKinds, partners } from './names.ts';
import { actorsByLevel, leadIns, manners, purposes, verbs } from './phrases.ts';
import type { Random } from './random.ts';
import type { Theme } from './themes.ts';

/** What prose about one report needs to know. */
export interface ProseContext {
  random: Random;
  level: string;
  /** "UBND huyện An Hòa" */
  self: string;
  /** "An Hòa" */
  place: string;
  period: Period;
  /** The first and last day anything cited can carry (not before the unit existed, a little before the report's date). */
  citeAfter: string;
  citeBefore: string;
  /** Documents the report may cite in full form. */
  citations: readonly string[];
  /** Footnote texts, numbered in order of reference. */
  footnotes: string[];
}

export const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** 1.250, as Vietnamese documents group thousands. */
const grouped = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function count(random: Random): string {
  const n = random.int(1, 40);
  return n < 10 && random.chance(0.5) ? `0${n}` : String(n);
}

function amount(random: Random): string {
  switch (random.int(0, 3)) {
    case 0: return `${grouped(random.int(20, 950) * 1_000_000)} đồng`;
    case 1: return `${random.int(1, 95)},${random.int(1, 99)} tỷ đồng`;
    case 2: return `${random.int(1, 60)},${random.int(1, 9)} triệu USD`;
    default: return `${grouped(random.int(5, 900) * 1000)} USD`;
  }
}

/** Fills {n}, {m}, {money}, {partner}, {kind}, {place}, {self}. */
export function fill(ctx: ProseContext, template: string): string {
  const { random } = ctx;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'n': return count(random);
      case 'm': return grouped(random.int(20, 6000));
      case 'money': return amount(random);
      case 'partner': return random.pick(partners);
      case 'kind': return random.pick(partnerKinds);
      case 'place': return ctx.place;
      case 'self': return ctx.self;
      default: return key;
    }
  });
}

/** An invented local document in the printed form ("Quyết định số 612/QĐ-UBND ngày 11/5/2022 của UBND huyện An Hòa"). */
export function localCitation(ctx: ProseContext): string {
  const { random } = ctx;
  const form = random.pick([
    ['Quyết định', 'QĐ-UBND'], ['Kế hoạch', 'KH-UBND'], ['Công văn', 'UBND-VX'], ['Thông báo', 'TB-UBND'], ['Công văn', 'UBND-KT'],
  ] as const);
  const date = dayBetween(random, ctx.citeAfter, ctx.citeBefore);
  // Numbers from 300 up: the province plans described in directives/ use 10–299, and citing one
  // of those numbers with another date would be a (deliberate-looking) citation error.
  return `${form[0]} số ${random.int(300, 2400)}/${form[1]} ngày ${printedDate(date)} của ${random.chance(0.5) ? ctx.self : 'UBND tỉnh'}`;
}

/** Adds a footnote and returns its marker. */
function footnote(ctx: ProseContext, theme: Theme): string {
  const { random } = ctx;
  const parts = Array.from({ length: random.int(1, 3) }, () => `${localCitation(ctx)} về việc triển khai ${fill(ctx, random.pick(theme.objects))}`);
  if (random.chance(0.5)) parts.push(fill(ctx, random.pick(theme.results)).replace(/\.$/, ''));
  ctx.footnotes.push(`${parts.join('; ')}.`);
  return `[^${ctx.footnotes.length}]`;
}

export function sentence(ctx: ProseContext, theme: Theme): string {
  const { random } = ctx;
  const roll = random.next();
  if (roll < 0.3) return fill(ctx, random.pick(theme.results));
  const actor = fill(ctx, random.pick(actorsByLevel[ctx.level] ?? actorsByLevel.huyen));
  const action = `${actor} ${random.pick(verbs)} ${fill(ctx, random.pick(theme.objects))}`;
  const tail = `${random.chance(0.5) ? `, ${random.pick(manners)}` : ''}${random.chance(0.5) ? `, ${random.pick(purposes)}` : ''}`;
  const mark = random.chance(0.12) ? footnote(ctx, theme) : '';
  if (roll < 0.45 && ctx.citations.length) return capitalize(`thực hiện ${random.pick(ctx.citations)}, ${action}${tail}${mark}.`);
  if (roll < 0.55) return capitalize(`căn cứ ${localCitation(ctx)}, ${action}${tail}${mark}.`);
  const lead = random.pick(leadIns);
  return capitalize(`${lead ? `${lead} ` : ''}${action}${tail}${mark}.`);
}

export function paragraph(ctx: ProseContext, theme: Theme): string {
  return Array.from({ length: ctx.random.int(2, 6) }, () => sentence(ctx, theme)).join(' ');
}

export function bulletList(ctx: ProseContext, theme: Theme): string {
  return Array.from({ length: ctx.random.int(2, 5) }, () => `- ${sentence(ctx, theme)}`).join('\n');
}

/** A GFM table of the kind reports attach: delegations, aid projects, or figures for the period. */
export function table(ctx: ProseContext, theme: Theme): string {
  const { random } = ctx;
  const rows: string[][] = [];
  let head: string[];
  if (theme.key === 'vien-tro') {
    head = ['STT', 'Chương trình, dự án', 'Bên tài trợ', 'Giá trị cam kết', 'Tình hình thực hiện'];
    const fields = ['nước sạch và vệ sinh môi trường', 'xây dựng phòng học', 'chăm sóc sức khỏe ban đầu', 'sinh kế cho phụ nữ', 'học bổng cho học sinh nghèo', 'phòng, chống thiên tai'];
    const states = ['Đang triển khai', 'Đã hoàn thành', 'Đang làm thủ tục phê duyệt', 'Đã giải ngân một phần'];
    for (let i = 1; i <= random.int(2, 6); i++) rows.push([String(i), `Dự án ${random.pick(fields)} tại ${ctx.place}`, `${capitalize(random.pick(partnerKinds))} (${random.pick(partners)})`, amount(random), random.pick(states)]);
  } else if (theme.key === 'doan-ra-doan-vao') {
    head = ['STT', 'Nội dung', 'Số đoàn', 'Số lượt người', 'Ghi chú'];
    [['Đoàn ra', `Làm việc tại ${random.pick(partners)}`], ['Đoàn vào', `Khách đến từ ${random.pick(partners)}`], ['Hội nghị, hội thảo quốc tế', 'Được cấp có thẩm quyền cho phép']]
      .forEach(([what, note], i) => rows.push([String(i + 1), what, count(random), grouped(random.int(3, 400)), note]));
  } else {
    head = ['STT', 'Chỉ tiêu', 'Đơn vị tính', `Kết quả ${ctx.period.label}`, 'So với cùng kỳ (%)'];
    const measures = [['Hội nghị, lớp tập huấn', 'cuộc'], ['Tin, bài tuyên truyền', 'tin, bài'], ['Lượt người tham dự', 'lượt'], ['Dự án có yếu tố nước ngoài', 'dự án'], ['Đoàn khách quốc tế', 'đoàn'], ['Văn bản chỉ đạo ban hành', 'văn bản']];
    random.sample(measures, random.int(3, 6)).forEach(([what, unit], i) => rows.push([String(i + 1), what, unit, grouped(random.int(1, 3000)), `${random.int(60, 180)}`]));
  }
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * The full text of a generated report, laid out like the seeds: number and national motto, date
 * line, title, addressee, the opening that answers the request letter, then Roman-numbered parts
 * (results, assessment, directions, requests), the closing, recipients, signature and footnotes.
 * Part I grows, theme by theme, until the file reaches its drawn size.
 */
import type { Period } from '../../lib/period.ts';
import { dateLine } from './dates.ts';
import { causes, limitations, strengths } from './phrases.ts';
import { bulletList, capitalize, paragraph, sentence, table, type ProseContext } from './prose.ts';
import type { Theme } from './themes.ts';

export interface BodyPlan {
  ctx: ProseContext;
  kindLabel: string;
  number?: string;
  symbol: string;
  issued?: string;
  title: string;
  /** What the work is called ("công tác hội nhập quốc tế"). */
  subject: string;
  recipient: string;
  /** The sentence opening the report (what it answers). */
  opening: string;
  themes: Theme[];
  next: Period;
  directions: string[];
  requests: string[];
  recipients: string[];
  signer: { name: string; capacity: string[] };
  /** Bytes the body may take (the file's drawn size less its frontmatter). */
  budget: number;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8') + 2;
const upper = (text: string) => text.toLocaleUpperCase('vi');

export function writeBody(plan: BodyPlan): string {
  const { ctx } = plan;
  const { random } = ctx;
  const head = [
    `Số: ${plan.number ?? `/${plan.symbol}`}`,
    'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `${ctx.place}, ${dateLine(plan.issued, Number(ctx.period.end.slice(0, 4)))}`,
    `**${upper(plan.kindLabel)}**`,
    `**${plan.title}**`,
    `Kính gửi: ${plan.recipient}.`,
    plan.opening,
    `## I. KẾT QUẢ TRIỂN KHAI ${upper(plan.subject)} ${upper(ctx.period.label)}`,
  ];
  const assessment = [
    '## II. ĐÁNH GIÁ CHUNG',
    '### 1. Ưu điểm',
    random.sample(strengths, random.int(2, 4)).map((s) => `- ${s}`).join('\n'),
    '### 2. Tồn tại, hạn chế và nguyên nhân',
    random.sample(limitations, random.int(1, 3)).map((s) => `- ${s}`).join('\n'),
    `**Nguyên nhân:** ${random.pick(causes)}`,
  ];
  const directions = [
    `## III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${upper(plan.next.label)}`,
    plan.directions.map((t, i) => `${i + 1}. ${t}.`).join('\n'),
  ];
  const requests = plan.requests.length ? ['## IV. ĐỀ XUẤT, KIẾN NGHỊ', plan.requests.map((t) => `- ${t}.`).join('\n')] : [];
  const closing = [
    `${capitalize(ctx.self)} kính báo cáo./.`,
    '**Nơi nhận:**',
    plan.recipients.map((r) => `- ${r}`).join('\n'),
    ...plan.signer.capacity.map((c) => `**${c}**`),
    `**${plan.signer.name}**`,
  ];
  const fixed = [...head, ...assessment, ...directions, ...requests, ...closing].reduce((sum, part) => sum + bytes(part), 0);

  // Part I: one heading and paragraph per theme first, then more paragraphs, lists and at most
  // one table per theme, round the themes, while the body stays within its budget.
  const sections = plan.themes.map((theme, i) => ({ theme, blocks: [`### ${i + 1}. ${theme.heading}`, paragraph(ctx, theme)], tables: 0 }));
  let used = fixed + sections.reduce((sum, s) => sum + s.blocks.reduce((a, b) => a + bytes(b), 0), 0);
  const footnoteBytes = () => ctx.footnotes.reduce((sum, f, i) => sum + bytes(`[^${i + 1}]: ${f}`), 0);
  for (let turn = 0, misses = 0; sections.length && misses < 4; turn++) {
    const section = sections[turn % sections.length];
    const footnotesBefore = ctx.footnotes.length;
    const roll = random.next();
    // Once a block overflows, only single sentences are tried, so the body ends close to its budget.
    const block = misses > 0 ? sentence(ctx, section.theme)
      : roll < 0.12 && section.tables === 0 ? table(ctx, section.theme)
      : roll < 0.27 ? bulletList(ctx, section.theme) : paragraph(ctx, section.theme);
    if (used + bytes(block) + footnoteBytes() > plan.budget) {
      ctx.footnotes.length = footnotesBefore;
      misses++;
      continue;
    }
    if (block.startsWith('|')) section.tables++;
    section.blocks.push(block);
    used += bytes(block);
  }
  const notes = ctx.footnotes.map((f, i) => `[^${i + 1}]: ${f}`);
  return [...head, ...sections.flatMap((s) => s.blocks), ...assessment, ...directions, ...requests, ...closing, ...notes].join('\n\n') + '\n';
}

/**
 * One generated report: frontmatter in the fields of contracts.md (tasks with dues, progress on the
 * unit's earlier tasks, sometimes confidential) and a body of drawn size written by body.ts.
 */
import { stringify } from 'yaml';
import type { ReportFrontmatter } from '../../schemas/report.ts';
import type { ProgressInput, TaskInput } from '../../schemas/task.ts';
import type { Period } from '../../lib/period.ts';
import { addDays } from '../../lib/partial-date.ts';
import { writeBody } from './body.ts';
import { dayBetween } from './dates.ts';
import { personName } from './names.ts';
import { recipientsByLevel, recipientsTail, requestTasks } from './phrases.ts';
import type { Random } from './random.ts';
import { themes } from './themes.ts';
import type { Topic } from './topics.ts';
import type { GenUnit } from './units.ts';

/** The smallest and largest file a report may be, like the seeds (5 KB to 60 KB). */
export const MIN_BYTES = 5 * 1024;
export const MAX_BYTES = 60 * 1024;

/** A task an earlier report set, that a later one may report progress on. */
export interface OpenTask {
  key: string;
  owner: string;
}

export interface ReportInput {
  random: Random;
  /** Report numbers already given in this tree, by unit and period (see uniqueNumber). */
  takenNumbers?: Set<string>;
  id: string;
  unit: GenUnit;
  topic: Topic;
  period: Period;
  next: Period;
  provinceLabel: string;
  /** The request letter it answers, if any: id and citation. */
  request?: { id: string; citation: string };
  /** Documents it carries out: ids, and the citations its text may use. */
  directives: string[];
  citations: string[];
  /** The province plan a title names ("Kế hoạch số 57/KH-UBND ngày … của UBND tỉnh …"). */
  planCitation?: string;
  recipient: string;
  /** Who a request is addressed to, by role. */
  owners: { sngv?: string; province: string; central: string };
  /** Tasks of the unit's previous public report. */
  earlier: OpenTask[];
  /** The unit's previous report's day: this one is dated after it, so progress never precedes its task. */
  after?: string;
  confidential: boolean;
}

const scopeOf: Record<string, string> = { huyen: 'trên địa bàn huyện', xa: 'trên địa bàn xã', so: 'của Sở', tinh: 'trên địa bàn tỉnh', 'ban-chi-dao': 'trên địa bàn tỉnh' };

/**
 * When a report for the period is dated: June for the first half, late November to early December
 * for the second, after that for the year, so a yearly report can tell of the second half's tasks.
 */
function issuedDay(random: Random, period: Period): string {
  const year = period.end.slice(0, 4);
  if (period.id.endsWith('H1')) return dayBetween(random, `${year}-06-05`, `${year}-06-28`);
  if (period.kind === 'half') return dayBetween(random, `${year}-11-20`, `${year}-12-10`);
  return dayBetween(random, `${year}-12-12`, `${year}-12-28`);
}

/**
 * A number not yet given to this unit and period in the tree: two reports of one unit and period
 * with one number are one report filed twice, which kb check refuses. The draw is kept (the same
 * seed gives the same tree) and moved up only on a collision.
 */
function uniqueNumber(used: Set<string>, scope: string, drawn: number, symbol: string): string {
  let n = drawn;
  while (used.has(`${scope}|${n}`)) n++;
  used.add(`${scope}|${n}`);
  return `${n}/${symbol}`;
}

/** A file size between MIN_BYTES and MAX_BYTES, most near 10 KB, a few near 60 KB. */
function drawSize(random: Random): number {
  return Math.round(5600 * Math.pow(10.5, Math.pow(random.next(), 1.8)));
}

export function writeReport(input: ReportInput): { text: string; tasks: OpenTask[]; progress: number; day: string; fullyDated: boolean } {
  const { random, unit, topic, period, next } = input;
  const drawn = issuedDay(random, period);
  const day = input.after && drawn <= input.after ? addDays(input.after, 1) : drawn;
  const dating = random.next();
  const issued = dating < 0.85 ? day : dating < 0.95 ? day.slice(0, 7) : dating < 0.98 ? day.slice(0, 4) : undefined;
  const signed = issued?.length === 10;
  const number = signed ? uniqueNumber(input.takenNumbers ?? new Set(), `${unit.id}|${period.id}`, random.int(1, 450), unit.symbol) : undefined;
  const chosen = random.sample(topic.themes, random.int(3, topic.themes.length)).map((key) => themes[key]);

  const tasks: TaskInput[] = [];
  const used = new Set<string>();
  for (const theme of random.sample(chosen, random.int(2, Math.min(5, chosen.length)))) {
    const id = used.has(theme.key) ? `${theme.key}-2` : theme.key;
    used.add(id);
    const dueRoll = random.next();
    const due = dueRoll < 0.8 ? next.id : dueRoll < 0.9 ? dayBetween(random, addDays(next.start, 30), next.end) : undefined;
    tasks.push({ id, title: random.pick(theme.tasks), due, directive: input.directives[0], kind: 'direction' });
  }
  const requests = random.sample(requestTasks.filter((r) => r.owner !== 'sngv' || input.owners.sngv), random.int(0, 2));
  requests.forEach((request, i) => {
    const owner = request.owner === 'sngv' ? input.owners.sngv! : request.owner === 'province' ? input.owners.province : input.owners.central;
    tasks.push({ id: `kien-nghi-${i + 1}`, title: request.title, owner, kind: 'request' });
  });

  const progress: ProgressInput[] = [];
  // An undated copy cannot record progress (the tracker could not date it): it says nothing of earlier tasks.
  for (const task of issued ? input.earlier : []) {
    const roll = random.next();
    if (roll < 0.13) continue; // not mentioned: the tracker shows it open or overdue
    progress.push({ task: task.key, status: roll < 0.83 ? 'done' : roll < 0.95 ? 'in-progress' : 'dropped' });
  }

  const signer = { name: personName(random), capacity: unit.capacity };
  const title = topic.title(period, next, scopeOf[unit.level] ?? '', input.planCitation);
  const frontmatter: Partial<ReportFrontmatter> & Record<string, unknown> = {
    unit: unit.id, period: period.id, issued, number, symbol: unit.symbol, kind: 'bao-cao', title, place: unit.place,
    recipient: input.recipient, request: input.request?.id, directives: input.directives, signer,
    recipients: ['Như trên;', ...random.sample(recipientsByLevel[unit.level] ?? [], random.int(1, 3)), random.pick(recipientsTail)],
    tasks, progress, confidential: input.confidential || undefined,
  };
  const yaml = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n`;
  const ctx = {
    random, level: unit.level, self: unit.name, place: unit.place, period,
    citeAfter: [addDays(period.start, -60), unit.from ?? ''].sort().at(-1)!, citeBefore: addDays(day, -5),
    citations: [...input.citations, ...(input.request ? [input.request.citation] : [])], footnotes: [],
  };
  const opening = input.request
    ? `Thực hiện ${input.request.citation} về việc báo cáo ${topic.subject(period)} ${period.label}; ${unit.name} báo cáo như sau:`
    : `${unit.name} báo cáo ${topic.subject(period)} ${period.label} như sau:`;
  const budget = Math.min(MAX_BYTES - 200, Math.max(MIN_BYTES + 600, drawSize(random))) - Buffer.byteLength(yaml);
  const body = writeBody({
    ctx, kindLabel: 'Báo cáo', number, symbol: unit.symbol, issued, title, subject: topic.subject(period), recipient: input.recipient, opening, themes: chosen, next,
    directions: tasks.filter((t) => t.kind === 'direction').map((t) => t.title), requests: tasks.filter((t) => t.kind === 'request').map((t) => t.title),
    recipients: frontmatter.recipients as string[], signer, budget,
  });
  const open = tasks.filter((t) => t.kind === 'direction').map((t) => ({ key: `${input.id}#${t.id}`, owner: t.owner ?? unit.id }));
  return { text: yaml + body, tasks: open, progress: progress.length, day, fullyDated: signed };
}

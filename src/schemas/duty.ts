import { z } from 'astro/zod';
import { slugSchema } from './ids.ts';
import { partialDateSchema } from './partial-date.ts';
import { periodSchema } from './period.ts';
import { unitLevels } from './unit.ts';

/** How often a duty recurs. */
export const dutyFrequencies = ['half-year', 'year', 'quarter', 'once'] as const;

/** A month and day (07-31): "by 31 July". */
const monthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'viết tháng-ngày dạng MM-DD, ví dụ 07-31 cho "trước ngày 31/7"');

/** Parts of a year a due rule can differ by: H1, H2, Q1–Q4, or the whole year. */
export const periodParts = ['H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', 'year'] as const;

/**
 * A reporting duty a document creates: who reports what, how often, by when, to whom.
 * The tracker (src/lib/tracker/duties.ts) turns it into one obligation per unit and period.
 */
export const dutySchema = z
  .object({
    /** Unique within the document. */
    id: slugSchema,
    /** What must be reported. */
    title: z.string().min(1),
    /** Who owes it, by unit id. A named unit that ceases passes the duty to its `successors`. */
    units: z.array(slugSchema).default([]),
    /** Unit levels that owe it: every unit of that level (in `provinces`, if given) while it exists. */
    levels: z.array(z.enum(unitLevels)).default([]),
    /** Provinces where a level duty applies, by province id; empty means everywhere. */
    provinces: z.array(slugSchema).default([]),
    /** half-year, year, quarter, or once. */
    frequency: z.enum(dutyFrequencies),
    /** Days after the period ends that the report is due (15: "by 15 January of the next year"). */
    dueDays: z.number().int().min(0).optional(),
    /**
     * The day it is due, as the law words it: the first MM-DD after the middle of the period ("01-15"
     * for a year is 15 January of the next; "12-15" is 15 December of the same), or one per part of the
     * year when they differ (`{ H1: "07-31", H2: "02-15" }`, or `{ H1: "06-15", H2: "12-15" }` for
     * "định kỳ 6 tháng, trước ngày 15/6 và 15/12"). Wins over dueDays.
     */
    dueOn: z.union([monthDaySchema, z.partialRecord(z.enum(periodParts), monthDaySchema)]).optional(),
    /** For `once`: the period the single report covers. */
    period: periodSchema.optional(),
    /** For `once`: the due date, if the letter sets one. Without it the tracker shows "chưa rõ hạn". */
    due: partialDateSchema.optional(),
    /** First period a recurring duty applies to; default: the first one starting after the document takes force. */
    since: periodSchema.optional(),
    /** Last period it applies to; default: open-ended. */
    until: periodSchema.optional(),
    /** To whom the report goes, in words (shown on pages). */
    to: z.string().optional(),
    /**
     * The unit the report goes to, by id; default: the document's `issuerUnit` (a letter's answers go
     * back to the office that sent it). When that unit is not one marked `receives: true` (this office),
     * the report is owed to another body: the tracker shows it but does not count it as owed here.
     */
    receiver: slugSchema.optional(),
    /** Where the duty is written (article, letter). */
    basis: z.string().optional(),
  })
  .superRefine((duty, ctx) => {
    if (duty.frequency === 'once' && !duty.period) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'nghĩa vụ báo cáo một lần (once) cần trường period: kỳ mà báo cáo phải bao quát' });
    }
    if (duty.frequency !== 'once' && (duty.period || duty.due)) {
      ctx.addIssue({ code: 'custom', path: [duty.period ? 'period' : 'due'], message: 'nghĩa vụ định kỳ không dùng period/due; dùng since, until và dueOn hoặc dueDays' });
    }
  });

export type DutyInput = z.infer<typeof dutySchema>;

import { z } from 'astro/zod';
import { slugSchema } from './ids.ts';
import { partialDateSchema } from './partial-date.ts';

/** How often a duty recurs. */
export const dutyFrequencies = ['half-year', 'year', 'quarter', 'once'] as const;

/** A reporting duty a document creates: who reports what, how often, by when, to whom. */
export const dutySchema = z.object({
  /** Unique within the document. */
  id: slugSchema,
  /** What must be reported. */
  title: z.string().min(1),
  /** Who owes it: unit ids, or unit levels (huyen, so) meaning every unit at that level in `provinces`. */
  units: z.array(slugSchema).default([]),
  /** Unit levels that owe it (every unit of that level in the provinces listed). */
  levels: z.array(z.string()).default([]),
  /** Provinces where the duty applies, by id; empty means everywhere. */
  provinces: z.array(slugSchema).default([]),
  /** half-year, year, quarter, or once. */
  frequency: z.enum(dutyFrequencies),
  /** Days after the period ends that the report is due (15 for "by 15 January of the next year"). */
  dueDays: z.number().int().min(0).optional(),
  /** For `once`: the period the single report covers. */
  period: z.string().optional(),
  /** For `once`: the due date. */
  due: partialDateSchema.optional(),
  /** First period the duty applies to (a period id). */
  since: z.string().optional(),
  /** Last period it applies to. */
  until: z.string().optional(),
  /** To whom the report goes. */
  to: z.string().optional(),
  /** Where the duty is written (article, letter). */
  basis: z.string().optional(),
});

export type DutyInput = z.infer<typeof dutySchema>;

import { z } from 'astro/zod';
import { slugSchema } from './ids.ts';
import { partialDateSchema } from './partial-date.ts';
import { periodSchema } from './period.ts';

/** A due date: a period (due on its last day) or a date. */
export const dueSchema = z.union([z.string(), z.number().int()]).transform((value) => String(value));

/** One thing a report commits to (phương hướng, nhiệm vụ) or asks of someone (đề xuất, kiến nghị). */
export const taskSchema = z.object({
  /** Unique within the report; the global id is `<report id>#<id>`. */
  id: slugSchema,
  /** The task in the report's own words, shortened only where the report lists several at once. */
  title: z.string().min(1),
  /** When it is due: a period id (2022-H2) or a date (2022-12-31). Absent when the report sets none. */
  due: dueSchema.optional(),
  /** The unit that must do it; defaults to the report's unit. */
  owner: slugSchema.optional(),
  /** The directive or document the task carries out, by id. */
  directive: slugSchema.optional(),
  /** `direction` for phương hướng, nhiệm vụ; `request` for đề xuất, kiến nghị addressed to another unit. */
  kind: z.enum(['direction', 'request']).default('direction'),
});

/** What a later report says about an earlier task. */
export const progressSchema = z.object({
  /** The task, as `<report id>#<task id>`. */
  task: z.string().min(1),
  /** done: finished; in-progress: under way; dropped: no longer pursued. */
  status: z.enum(['done', 'in-progress', 'dropped']),
  /** When it happened, if the report says; otherwise the report's own date counts. */
  date: partialDateSchema.optional(),
  /** What the report says, briefly. */
  note: z.string().optional(),
});

export { periodSchema };
export type TaskInput = z.infer<typeof taskSchema>;
export type ProgressInput = z.infer<typeof progressSchema>;

import { z } from 'astro/zod';
import { slugSchema } from './ids.ts';
import { partialDateSchema } from './partial-date.ts';

/** Administrative levels a reporting unit can sit at. */
export const unitLevels = ['trung-uong', 'tinh', 'so', 'ban-chi-dao', 'huyen', 'xa'] as const;

/** A unit that reports or is reported to, listed in `units/<province>.yaml`. */
export const unitSchema = z.object({
  /** Unique across all provinces (binh-son, so-ngoai-vu-quang-ngai). */
  id: slugSchema,
  /** The name as used on documents (UBND huyện Bình Sơn). */
  name: z.string().min(1),
  /** Level: trung-uong, tinh, so, ban-chi-dao, huyen, xa. */
  level: z.enum(unitLevels),
  /** The unit it reports to, by id. */
  parent: slugSchema.optional(),
  /** The province it belongs to, by id; a province names itself. */
  province: slugSchema.optional(),
  /** First day it existed, if it matters (a merged province). */
  from: partialDateSchema.optional(),
  /** Last day it existed (30/6/2025 for the districts ended by the 2025 reform). */
  until: partialDateSchema.optional(),
  /** Units that took over its duties, where known; left empty rather than guessed. */
  successors: z.array(slugSchema).default([]),
  /**
   * True for this office itself (Sở Ngoại vụ): the units the site's reports are sent to. Reports owed
   * to a receiving unit are what the tracker counts as owed; reports a duty sends to other bodies
   * (ministries) are shown as "báo cáo gửi cơ quan khác" and counted only once one is on file.
   * The one place the receiving units are set; a knowledge base that marks none counts every duty.
   */
  receives: z.boolean().optional(),
  /** A short note, e.g. what is proposed but not confirmed about its successors. */
  note: z.string().optional(),
});

export type UnitInput = z.infer<typeof unitSchema>;

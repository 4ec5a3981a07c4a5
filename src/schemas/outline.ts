import { z } from 'astro/zod';

/**
 * One heading of the outline (đề cương) a request letter asks reports to follow, as printed:
 * `{ number: "I", title: "Kết quả thực hiện", level: 1 }`. `kb skeleton` writes these headings into
 * each unit's draft, and `kb check` warns when a report answering the letter leaves one out.
 */
export const outlineItemSchema = z.object({
  /** The number as printed (I, 1, 1.2, a); absent when the outline does not number it. */
  number: z.string().min(1).optional(),
  /** The heading's words, as printed. */
  title: z.string().min(1),
  /** 1 for the main sections (I., II.), 2 for 1., 2. under them, 3 for a), 1.1. */
  level: z.number().int().min(1).max(3).default(1),
});

export type OutlineItem = z.infer<typeof outlineItemSchema>;

import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/partial-date.ts';

/**
 * A date as printed on a document: full (2022-06-15), month (2022-06) or year (2022).
 * Unsigned copies carry partial dates ("ngày   tháng 6 năm 2021"), so all three are valid.
 * YAML reads a bare 2022 as a number; it is accepted and kept as text.
 */
export const partialDateSchema = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value))
  .superRefine((value, ctx) => {
    if (!parsePartialDate(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" không phải là ngày hợp lệ; viết YYYY-MM-DD, YYYY-MM hoặc YYYY (ví dụ 2022-06-15)`,
      });
    }
  });

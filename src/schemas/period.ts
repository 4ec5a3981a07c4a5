import { z } from 'astro/zod';
import { parsePeriod } from '../lib/period.ts';

/**
 * A reporting period: 2022 (year), 2022-H1 / 2022-H2 (half), 2022-Q3 (quarter), 2011-2021 (years).
 * Each resolves to its first and last day in `src/lib/period.ts`.
 */
export const periodSchema = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value).toUpperCase())
  .superRefine((value, ctx) => {
    if (!parsePeriod(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" không phải là kỳ báo cáo; viết 2022, 2022-H1, 2022-H2, 2022-Q3 hoặc 2011-2021`,
        params: { hint: 'năm: 2022; 6 tháng đầu/cuối năm: 2022-H1/2022-H2; quý III: 2022-Q3; giai đoạn: 2011-2021 (năm đầu nhỏ hơn năm cuối)' },
      });
    }
  });

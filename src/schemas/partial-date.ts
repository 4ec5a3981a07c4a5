import { z } from 'astro/zod';
import { daysInMonth, parsePartialDate } from '../lib/partial-date.ts';

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
        params: { hint: dateHint(value) },
      });
    }
  });

/** How to fix an invalid date: the month's real length for 30/02, the expected shape otherwise. */
function dateHint(value: string): string {
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) ?? [];
  if (year && Number(month) >= 1 && Number(month) <= 12 && Number(day) > 0) {
    return `tháng ${month}/${year} chỉ có ${daysInMonth(Number(year), Number(month))} ngày; kiểm tra lại ngày trên văn bản`;
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value.trim())) return 'viết theo thứ tự năm-tháng-ngày: 15/06/2022 thành 2022-06-15';
  return 'viết năm-tháng-ngày với số 0 ở đầu: 2022-06-15, hoặc 2022-06, hoặc 2022 nếu văn bản không ghi ngày';
}

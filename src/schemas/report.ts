import { z } from 'astro/zod';
import { slugSchema } from './ids.ts';
import { importedSchema } from './imported.ts';
import { partialDateSchema } from './partial-date.ts';
import { periodSchema } from './period.ts';
import { progressSchema, taskSchema } from './task.ts';

/** Kinds of document a unit sends as a report. */
export const reportKinds = ['bao-cao', 'cong-van', 'to-trinh'] as const;

/** The signature block: who signed, in what capacity. */
export const signerSchema = z.object({
  /** The signer's name as printed (Phạm Quang Sự). */
  name: z.string().min(1),
  /** The capacity lines as printed, top to bottom (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH). */
  capacity: z.array(z.string()).default([]),
});

/** Frontmatter of `reports/**\/<name>.mdx`. Field names are fixed by contracts.md. */
export const reportSchema = z.object({
  /** The reporting unit, by id (see `units/`). */
  unit: slugSchema,
  /** The period the report covers. */
  period: periodSchema,
  /** The date printed on the report: full, month only or year only. Absent when the copy has none. */
  issued: partialDateSchema.optional(),
  /** The document number as printed (123/BC-UBND); absent on unsigned copies that leave it blank. */
  number: z.string().min(1).optional(),
  /** The symbol part (ký hiệu), kept even when the number is blank (BC-UBND). */
  symbol: z.string().optional(),
  /** What kind of document it is. */
  kind: z.enum(reportKinds).default('bao-cao'),
  /**
   * The title (trích yếu) as printed. A copy without one still loads: the site names it by unit and
   * period ("Báo cáo của UBND huyện Bình Sơn, 6 tháng đầu năm 2022") and kb check warns.
   */
  title: z.string().min(1).optional(),
  /** The place in the date line (Bình Sơn, ngày … ). */
  place: z.string().optional(),
  /** The addressee after "Kính gửi". */
  recipient: z.string().optional(),
  /** The letter that asked for this report, by document id (e.g. the Sở Ngoại vụ's công văn). */
  request: slugSchema.optional(),
  /** Directives and plans the report reports on, by document id. */
  directives: z.array(slugSchema).default([]),
  /** The signature block, if the copy has one. */
  signer: signerSchema.optional(),
  /** The "Nơi nhận" list, line by line. */
  recipients: z.array(z.string()).default([]),
  /** What the report commits to or asks for. */
  tasks: z.array(taskSchema).default([]),
  /** What the report says of earlier tasks. */
  progress: z.array(progressSchema).default([]),
  /** The file kb import read it from (name, SHA-256, format, OCR); absent when written by hand. */
  imported: importedSchema.optional(),
  /** Kept out of everything built: pages, lists, counts, JSON, CSV, search index. */
  confidential: z.boolean().default(false),
  /**
   * A draft not yet issued (kb skeleton writes `draft: true`): checked like any report, but kept out
   * of everything built and never counted as an answer, until the unit deletes this line on issuing it.
   */
  draft: z.boolean().default(false),
});

export type ReportFrontmatter = z.infer<typeof reportSchema>;

import { z } from 'astro/zod';
import { dutySchema } from './duty.ts';
import { slugSchema } from './ids.ts';
import { importedSchema } from './imported.ts';
import { outlineItemSchema } from './outline.ts';
import { partialDateSchema } from './partial-date.ts';

/** Kinds of document the reports cite, in the government's own terms. */
export const documentKinds = [
  'nghi-quyet', 'chi-thi', 'nghi-dinh', 'quyet-dinh', 'ke-hoach', 'cong-van', 'thong-bao',
  'chuong-trinh', 'thong-tu', 'huong-dan', 'to-trinh', 'bao-cao', 'luat', 'ket-luan', 'quy-dinh',
] as const;

/** Whether a document still governs. */
export const documentStatuses = ['in-force', 'superseded', 'repealed', 'unknown'] as const;

/** Frontmatter of `directives/<id>.mdx`: a directive, or any document the reports cite that we describe. */
export const documentSchema = z.object({
  /** The number and symbol as printed (22-NQ/TW, 80/2020/NĐ-CP). */
  number: z.string().min(1),
  /** Kind of document. */
  kind: z.enum(documentKinds),
  /** Who issued it (Bộ Chính trị (khóa XI), Chính phủ, UBND tỉnh Quảng Ngãi). */
  issuer: z.string().min(1),
  /** The issuing unit, when it is one we model (UBND tỉnh, Sở Ngoại vụ). */
  issuerUnit: slugSchema.optional(),
  /** Date of issue. */
  issued: partialDateSchema,
  /** Date it took force, where confirmed; empty otherwise. */
  inForce: partialDateSchema.optional(),
  /** in-force, superseded, repealed or unknown. */
  status: z.enum(documentStatuses).default('unknown'),
  /** Documents it continues or replaces, by id. */
  predecessors: z.array(slugSchema).default([]),
  /** Documents that continue or replace it, by id. */
  successors: z.array(slugSchema).default([]),
  /** What it is about (trích yếu). */
  subject: z.string().min(1),
  /** Documents that guide its implementation, by id. */
  guidance: z.array(slugSchema).default([]),
  /** Reporting duties it creates. */
  duties: z.array(dutySchema).default([]),
  /**
   * For a request letter: the outline (đề cương) its reports must follow, heading by heading, when the
   * letter carries one. `kb skeleton` builds each unit's draft from it; `kb check` warns on a report
   * answering the letter (`request:`) that misses a heading. Empty when the letter has none or it is unknown.
   */
  outline: z.array(outlineItemSchema).default([]),
  /** Where its facts come from. */
  sources: z.array(z.string()).default([]),
  /** The file kb import read it from (name, SHA-256, format, OCR); absent when written by hand. */
  imported: importedSchema.optional(),
  /** Facts no source confirmed, named so that nobody fills them in by guess. */
  unconfirmed: z.array(z.string()).default([]),
});

export type DocumentFrontmatter = z.infer<typeof documentSchema>;

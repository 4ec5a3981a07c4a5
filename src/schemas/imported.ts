import { z } from 'astro/zod';

/**
 * Where an imported report or document came from, written by `kb import`: the original file's name,
 * its SHA-256 (a second import of the same file is skipped by it), the format it was read as, and
 * whether its text came from OCR (with the mean confidence). `original` is the copy kept in the
 * content tree (`originals/<sha256>.<ext>`) with --keep-originals, offered for download as "Bản gốc".
 */
export const importedSchema = z.object({
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['docx', 'doc', 'html', 'rtf', 'pdf', 'text', 'image']),
  ocr: z.boolean().default(false),
  /** Mean OCR word confidence, 0–100, when ocr is true. */
  confidence: z.number().min(0).max(100).optional(),
  original: z.string().regex(/^originals\/[0-9a-f]{64}\.[a-z0-9]{1,5}$/).optional(),
});

import type { KnowledgeBase } from '../model.ts';
import type { DocumentDraft } from './document-draft.ts';
import type { ImportResult } from './index.ts';

/** One input of a batch as the summary reports it. */
export interface Entry {
  input: string;
  status: 'written' | 'would-write' | 'skipped' | 'refused';
  /** Path of the draft under the output root, when one was (or would be) written. */
  draft?: string;
  kind?: 'report' | 'document';
  format?: string;
  sha256?: string;
  reason?: string;
  hint?: string;
  /** The line a refusal points at (mojibake), when it has one. */
  line?: number;
  /** How the text was read (utf-8, windows-1258, docx, ocr …). */
  encoding?: string;
  found?: Record<string, string | null>;
  missing?: string[];
  duplicate?: { file: string; reason: string; within: 'batch' | 'knowledge-base' };
  ocr?: { pages: number; confidence: number; lowLines: number };
  missingTool?: { tool: string; debianPackage: string };
  /** The prepared draft, for the command to write; not in the summary. */
  prepared?: { path: string; mdx: string; result: ImportResult | DocumentDraft };
}

export interface BatchContext {
  kb: KnowledgeBase;
  /** SHA-256 of every file already imported (frontmatter `imported.sha256`) → its draft. */
  known: Map<string, string>;
  force: boolean;
  /** Drafts of this batch so far, for duplicates within it. */
  drafted: { path: string; input: string; kind?: Entry['kind']; unit?: string; period?: string; number?: string; title?: string }[];
}

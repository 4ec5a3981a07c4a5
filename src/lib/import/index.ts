/**
 * kb import, the pure part: from the decoded text of a document to the MDX draft, with what was
 * found, what was not, and the report it would duplicate. Reading files and writing the draft is
 * the command's job (src/cli/commands/import.ts).
 */
import type { KnowledgeBase } from '../model.ts';
import { draftBodyProblems } from './draft-safety.ts';
import type { Problem } from '../problems.ts';
import { analyseReport, type Analysis } from './analyse.ts';
import { draftPath, missingFields, renderDraft } from './draft.ts';
import { findDuplicate } from './duplicates.ts';
import type { DraftSource } from './source-record.ts';

export type { DraftSource, SourceRecord } from './source-record.ts';

export { decodeImportBytes, type DecodedImport } from './decode.ts';
export { readDocx } from './docx.ts';
export { citationLabel } from './draft.ts';

export interface ImportResult extends Analysis {
  /** Where the draft belongs, under the content root. */
  path: string;
  /** Fields not found in the document: left empty for the author. */
  missing: string[];
  /** The report already in the knowledge base that this one repeats. */
  duplicate?: { file: string; reason: string };
  /** The draft file's text. */
  mdx: string;
  /** Problems the body would raise in kb check (none expected: the body is escaped). */
  bodyProblems: Problem[];
}

export function prepareImport(text: string, kb: KnowledgeBase, sourceName: string, source?: DraftSource): ImportResult {
  // A .docx or .txt says what it says: Markdown-looking text in it is escaped (escape.ts).
  const analysis = analyseReport(text, kb, { plainText: !/\.(?:md|markdown)$/i.test(sourceName) });
  const path = draftPath(analysis, kb);
  const duplicate = findDuplicate(kb, analysis);
  const mdx = renderDraft(analysis, sourceName, source);
  return {
    ...analysis,
    path,
    missing: missingFields(analysis),
    duplicate: duplicate && { file: duplicate.file, reason: duplicate.reason },
    mdx,
    bodyProblems: draftBodyProblems(mdx, path, analysis.body),
  };
}

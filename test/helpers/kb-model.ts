import { documentSchema } from '../../src/schemas/document.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { unitSchema } from '../../src/schemas/unit.ts';
import { toReport } from '../../src/lib/content/load.ts';
import type { KnowledgeBase, LegalDocument, Report, Unit } from '../../src/lib/model.ts';

/**
 * Model objects for unit tests, made by the real schemas and the loader's own report builder
 * (no hand-made copies of their rules): write only the frontmatter a case needs.
 */
const source = (file: string) => ({ file, lineOf: () => 1, bodyLine: 1 });

export function unit(fields: Record<string, unknown>): Unit {
  return { ...unitSchema.parse({ name: String(fields.id), level: 'huyen', ...fields }), source: source('units/test.yaml') };
}

export function report(id: string, fields: Record<string, unknown>): Report {
  return { ...toReport(id, reportSchema.parse({ unit: 'huyen-a', title: id, ...fields }), source(`reports/${id}.mdx`)), citations: [] };
}

export function document(id: string, fields: Record<string, unknown>): LegalDocument {
  return { ...documentSchema.parse({ number: id, kind: 'cong-van', issuer: 'Sở Ngoại vụ', issued: '2022-01-01', subject: id, ...fields }), id, source: source(`directives/${id}.mdx`) };
}

export function knowledgeBase(parts: Partial<Omit<KnowledgeBase, 'root'>>): KnowledgeBase {
  return { root: '/nowhere', reports: [], documents: [], units: [], ...parts };
}

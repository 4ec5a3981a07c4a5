import type { Catalog } from '../kb/catalog.ts';
import { documentKindLabels, documentName } from '../labels.ts';
import type { LegalDocument } from '../model.ts';
import { urls } from '../urls.ts';
import { absoluteUrl } from './json-ld.ts';

/**
 * schema.org `Legislation` for a described document's page. Only what the content states: a status
 * "unknown" gives no legal force rather than a guess; the issuer is named as printed.
 * Lineage: `predecessors` are what this document changes or replaces (legislationChanges); a
 * successor is written the other way round, as a document whose legislationChanges names this one
 * (JSON-LD @reverse), since schema.org has no "changed by".
 */
const legalForce: Partial<Record<LegalDocument['status'], string>> = {
  'in-force': 'https://schema.org/InForce',
  superseded: 'https://schema.org/NotInForce',
  repealed: 'https://schema.org/NotInForce',
};

export function legislationJsonLd(doc: LegalDocument, catalog: Catalog, site: URL | string | undefined): Record<string, unknown> {
  const ref = (id: string) => {
    const other = catalog.document(id);
    return other
      ? { '@type': 'Legislation', '@id': `${absoluteUrl(urls.document(id), site)}#van-ban`, name: documentName(other), legislationIdentifier: other.number }
      : undefined;
  };
  const refs = (ids: readonly string[]) => [...new Set(ids)].map(ref).filter((r) => r !== undefined);
  const page = absoluteUrl(urls.document(doc.id), site);
  const changes = refs(doc.predecessors);
  const changedBy = refs(doc.successors);
  // What it rests on: the document a plan guides (catalog.guides), the ones a letter is about.
  const basedOn = refs([...catalog.guides(doc.id), ...catalog.concerns(doc.id)].filter((id) => id !== doc.id));
  const force = legalForce[doc.status];
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': `${page}#van-ban`,
    url: page,
    name: documentName(doc),
    abstract: doc.subject,
    inLanguage: 'vi',
    legislationIdentifier: doc.number,
    legislationType: documentKindLabels[doc.kind] ?? doc.kind,
    legislationDate: doc.issued,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: doc.issuer },
    ...(force ? { legislationLegalForce: force } : {}),
    ...(changes.length ? { legislationChanges: changes } : {}),
    ...(basedOn.length ? { isBasedOn: basedOn } : {}),
    ...(changedBy.length ? { '@reverse': { legislationChanges: changedBy } } : {}),
  };
}

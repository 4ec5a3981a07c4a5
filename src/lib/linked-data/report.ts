import type { Catalog } from '../kb/catalog.ts';
import { documentName } from '../labels.ts';
import type { Report } from '../model.ts';
import { urls } from '../urls.ts';
import { absoluteUrl } from './json-ld.ts';

/**
 * schema.org `Report` for a report's page: its number, date as printed (a partial date stays
 * partial, ISO 8601 allows 2022-06), the unit that wrote it, the period it covers as an ISO
 * interval, and the documents it answers (the request letter and the directives it reports on).
 */
export function reportJsonLd(report: Report, catalog: Catalog, site: URL | string | undefined): Record<string, unknown> {
  const page = absoluteUrl(urls.report(report.id), site);
  const unit = catalog.unit(report.unit);
  const answers = [...new Set([report.request, ...report.directives].filter((id) => id !== undefined))]
    .map((id) => catalog.document(id))
    .filter((doc) => doc !== undefined)
    .map((doc) => ({ '@type': 'Legislation', '@id': `${absoluteUrl(urls.document(doc.id), site)}#van-ban`, name: documentName(doc), legislationIdentifier: doc.number }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': `${page}#bao-cao`,
    url: page,
    name: report.title,
    inLanguage: 'vi',
    ...(report.number ? { reportNumber: report.number } : {}),
    ...(report.issued ? { datePublished: report.issued } : {}),
    author: {
      '@type': 'GovernmentOrganization',
      '@id': `${absoluteUrl(urls.unit(report.unit), site)}#don-vi`,
      name: unit?.name ?? report.unit,
      url: absoluteUrl(urls.unit(report.unit), site),
    },
    temporalCoverage: `${report.periodInfo.start}/${report.periodInfo.end}`,
    ...(answers.length ? { citation: answers } : {}),
  };
}

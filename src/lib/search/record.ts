import type { Catalog } from '../kb/catalog.ts';
import { documentKindLabels, documentName } from '../labels.ts';
import type { LegalDocument, Report } from '../model.ts';
import { formatPartialDate, latestDay, parsePartialDate } from '../partial-date.ts';
import { periodYear } from '../period.ts';
import { searchKinds, type FilterKey } from './fields.ts';
import { numberForms } from './number-forms.ts';

/**
 * What the search index keeps about a page besides its text. Meta fields are shown beside a result
 * and searched, with the weights of terms/score.ts; filters are exact ids; `date` sorts (ISO day).
 * Filter values are ids, never names, so the search page can offer names while the URL keeps
 * stable, diacritic-free values. Field names: fields.ts.
 */
export interface SearchRecord {
  meta: Record<string, string>;
  filters: Record<FilterKey, string[]>;
  sort: { date: string };
}

const nonEmpty = (meta: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(meta).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())));

const words = (values: string[]) => [...new Set(values)].join(' ');

/** The search record of a report page. */
export function reportSearchRecord(report: Report, catalog: Catalog): SearchRecord {
  const unit = catalog.unit(report.unit);
  const cited = [...new Set([...(report.request ? [report.request] : []), ...report.directives])]
    .map((id) => catalog.document(id))
    .filter((doc) => doc !== undefined);
  return {
    meta: nonEmpty({
      kind: 'Báo cáo',
      unit: unit?.name ?? report.unit,
      period: report.periodInfo.label,
      date: report.issued ? formatPartialDate(report.issued) : undefined,
      number: report.number,
      'number-forms': report.number ? words(numberForms(report.number)) : undefined,
      signer: report.signer?.name,
      cites: words([...cited.map(documentName), ...cited.flatMap((doc) => numberForms(doc.number))]),
    }),
    filters: {
      kind: [searchKinds.report],
      unit: [report.unit],
      province: unit?.province ? [unit.province] : [],
      directive: report.directives,
      period: [report.periodInfo.id],
      year: [String(periodYear(report.periodInfo))],
    },
    sort: { date: report.issuedDay ?? report.periodInfo.end },
  };
}

/** The search record of a directive (or other cited document) page. */
export function documentSearchRecord(doc: LegalDocument, catalog: Catalog): SearchRecord {
  const issuerUnit = doc.issuerUnit ? catalog.unit(doc.issuerUnit) : undefined;
  const issued = parsePartialDate(doc.issued);
  return {
    meta: nonEmpty({
      kind: `Văn bản · ${documentKindLabels[doc.kind] ?? doc.kind}`,
      unit: doc.issuer,
      date: formatPartialDate(doc.issued),
      number: documentName(doc),
      'number-forms': words(numberForms(doc.number)),
    }),
    filters: {
      kind: [searchKinds.document],
      unit: issuerUnit ? [issuerUnit.id] : [],
      province: issuerUnit?.province ? [issuerUnit.province] : [],
      // A directive belongs under its own name, so that filter shows it and the reports on it.
      directive: [doc.id],
      period: [],
      year: issued ? [String(issued.year)] : [],
    },
    sort: { date: issued ? latestDay(issued) : '' },
  };
}

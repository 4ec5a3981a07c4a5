import type { Catalog } from '../kb/catalog.ts';
import { documentName } from '../labels.ts';
import { comparePeriods, parsePeriod } from '../period.ts';
import { vietnameseCollator } from '../text.ts';
import { filterKeys, filterParams, searchKinds, type FilterKey } from './fields.ts';
import { documentSearchRecord, reportSearchRecord } from './record.ts';

export interface FilterOption {
  value: string;
  label: string;
}

/** One filter of the search page: its Pagefind name, URL parameter, Vietnamese label and choices. */
export interface FilterGroup {
  key: FilterKey;
  param: string;
  label: string;
  options: FilterOption[];
}

const groupLabels: Record<FilterKey, string> = {
  kind: 'Loại',
  unit: 'Đơn vị',
  province: 'Tỉnh',
  directive: 'Văn bản',
  period: 'Kỳ báo cáo',
  year: 'Năm',
};

/**
 * The choices each filter offers: exactly the values some indexed page carries (read from the same
 * records the pages write), so no choice leads to an empty list by construction.
 */
export function searchFilterGroups(catalog: Catalog): FilterGroup[] {
  const records = [
    ...catalog.kb.reports.map((report) => reportSearchRecord(report, catalog)),
    ...catalog.kb.documents.map((doc) => documentSearchRecord(doc, catalog)),
  ];
  const valuesOf = (key: FilterKey) => [...new Set(records.flatMap((record) => record.filters[key]))];
  const byLabel = (a: FilterOption, b: FilterOption) => vietnameseCollator.compare(a.label, b.label);
  const label = (key: FilterKey, value: string): string => {
    if (key === 'kind') return value === searchKinds.report ? 'Báo cáo' : 'Văn bản';
    if (key === 'unit') return catalog.unit(value)?.name ?? value;
    if (key === 'province') return catalog.provinceName(value);
    if (key === 'directive') {
      const doc = catalog.document(value);
      return doc ? documentName(doc) : value;
    }
    if (key === 'period') return parsePeriod(value)?.label ?? value;
    return value;
  };
  return filterKeys.map((key) => {
    const options = valuesOf(key).map((value) => ({ value, label: label(key, value) }));
    if (key === 'period') options.sort((a, b) => -comparePeriods(parsePeriod(a.value)!, parsePeriod(b.value)!));
    else if (key === 'year') options.sort((a, b) => b.value.localeCompare(a.value));
    else if (key !== 'kind') options.sort(byLabel);
    return { key, param: filterParams[key], label: groupLabels[key], options };
  });
}

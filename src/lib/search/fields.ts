/**
 * The search index's field names and weights, shared by the pages that write them and the browser
 * script that queries them (kept free of other imports so the script stays small).
 */

/** Pagefind filter names, with the URL parameter each has on /tim-kiem/ (the /bao-cao/ list uses the same words). */
export const filterParams = {
  kind: 'loai',
  unit: 'don-vi',
  province: 'tinh',
  directive: 'van-ban',
  period: 'ky',
  year: 'nam',
} as const;
export type FilterKey = keyof typeof filterParams;
export const filterKeys = Object.keys(filterParams) as FilterKey[];

/** Values of the `kind` filter. */
export const searchKinds = { report: 'bao-cao', document: 'van-ban' } as const;

/** Sort choices on /tim-kiem/ (URL value → order); relevance when absent. */
export const sortChoices = {
  'moi-nhat': 'newest',
  'cu-nhat': 'oldest',
} as const;

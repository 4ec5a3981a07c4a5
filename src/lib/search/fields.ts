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

/**
 * How much a match in a meta field counts, against 1 for body text. A page's own number outweighs
 * everything, so a directive's page comes first for "80/2020/ND-CP" or "chi thi 12"; the numbers a
 * report cites come next, so the reports that carry out a directive follow its page. Measured on
 * the seed content: with the defaults, a report citing "Chỉ thị số 12-CT/TW" in its title
 * outranked the directive's own page for "chi thi 12".
 */
export const metaWeights: Record<string, number> = {
  number: 20,
  'number-forms': 20,
  cites: 4,
  signer: 3,
  unit: 2,
};

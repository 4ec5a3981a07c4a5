/** Text helpers for Vietnamese: Unicode normalisation and folding for search and matching. */

/** NFC, the form every stored text takes. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Folds Vietnamese to plain ASCII letters for matching: tone and vowel marks removed and
 * đ/Đ read as d/D (đ has no Unicode decomposition, so NFD alone leaves it).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** A URL-safe slug: folded, lower-case, words joined by hyphens. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Vietnamese collation for sorting names. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

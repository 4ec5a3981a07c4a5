/** Text helpers: Unicode normalisation and folding of Vietnamese for search and matching, invisible characters, one-line output. */

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

/**
 * Characters that take no space on screen: zero-width spaces and joiners (U+200B–U+200D, U+2060),
 * a byte-order mark inside text (U+FEFF), bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), the soft hyphen and every other format character (Unicode category Cf), control
 * characters (tab and line breaks aside), and the fillers and selectors that draw nothing (U+034F, U+115F, U+1160, U+3164,
 * U+FFA0, U+FE00–U+FE0F). Pasted from Word, a PDF or a web page, they make two equal numbers
 * compare unequal, or a title read differently from what it holds.
 */
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f]/gu;

/** The invisible characters of `text`, each with its position (1-based) and code point. */
export function invisibleCharacters(text: string): { index: number; code: string }[] {
  return [...text.matchAll(INVISIBLE)].map((m) => ({ index: m.index! + 1, code: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` }));
}

/** `text` without its invisible characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Text from content printed as part of one line of output. A CI runner reads every line a step
 * prints, and a line that begins `::error`, `::warning`, `::set-output`, `::add-mask` … is a
 * command to it; a terminal obeys escape sequences. So a key, value or file name from content
 * (which can hold a line break, a carriage return or ESC) never breaks the line it is printed in:
 * line breaks and other control characters are shown escaped (`\n`, `\u001b`) instead.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

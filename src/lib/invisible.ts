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

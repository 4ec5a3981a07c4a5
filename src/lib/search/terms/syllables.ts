/**
 * The words of the term index: text folded the way staff type it (no tone marks, đ as d, lower
 * case) and cut into syllables at anything that is not a letter or digit. The build and the search
 * page both fold through here, so "Đối ngoại", "doi ngoai", "ĐỐI NGOẠI" and NFD text meet, and a
 * number splits alike however it is written: "80/2020/NĐ-CP", "80-2020-ND-CP", "80 2020 ND CP".
 */

/** NFC, then đ/Đ (and the look-alikes Ð/ð, and the d + U+0335 Pagefind stores) as d, then marks dropped. */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[đĐðÐ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The syllables of a text, folded, in order. */
export function syllablesOf(text: string): string[] {
  return foldText(text).match(/[a-z0-9]+/g) ?? [];
}

/** Adjacent syllables as one term ("doi ngoai"): phrases, names and numbers without positions. */
export function pairTerm(first: string, second: string): string {
  return `${first} ${second}`;
}


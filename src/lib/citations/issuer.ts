import { foldVietnamese } from '../text.ts';

/** Spelled-out forms of the abbreviations issuers go by, so "UBND tỉnh" meets "Ủy ban nhân dân tỉnh". */
const EXPANSIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'], [/\bhdnd\b/g, 'hoi dong nhan dan'], [/\bttg\b/g, 'thu tuong'],
  [/\bbct\b/g, 'bo chinh tri'], [/\bbbt\b/g, 'ban bi thu'], [/\btw\b/g, 'trung uong'],
];

function words(issuer: string): { words: string[]; term: string | null } {
  let text = foldVietnamese(issuer).toLowerCase();
  const term = /\bkhoa\s+([ivxlc]+)\b/.exec(text)?.[1] ?? null;
  text = text.replace(/\(.*?\)/g, ' ').replace(/\bkhoa\s+[ivxlc]+\b/g, ' ');
  for (const [pattern, replacement] of EXPANSIONS) text = text.replace(pattern, replacement);
  return { words: text.split(/[^a-z0-9&]+/).filter(Boolean), term };
}

/**
 * Whether two issuers as printed can be the same body: every word of the shorter name is in the longer
 * one ("Ban Bí thư" and "Ban Bí thư (khóa XI)", "UBND tỉnh" and "Ủy ban nhân dân tỉnh Quảng Ngãi"), and
 * terms (khóa) agree where both give one. "Bộ Chính trị" is not "Ban Bí thư"; khóa XI is not khóa XIII.
 */
export function sameIssuer(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.term && y.term && x.term !== y.term) return false;
  const [shorter, longer] = x.words.length <= y.words.length ? [x.words, y.words] : [y.words, x.words];
  if (!shorter.length) return true;
  const set = new Set(longer);
  return shorter.every((w) => set.has(w));
}

import { isCapitals, type Line } from './lines.ts';

/**
 * The issuing body as printed at the top left (ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI → "ỦY BAN NHÂN DÂN
 * TỈNH QUẢNG NGÃI"): the capital lines at the top, up to "Số", the number, the national motto or the
 * kind line. A PDF's reading order gives the left column first, so the right column never joins it.
 */
export function issuerAtTop(lines: readonly Line[], before = 8): string | undefined {
  const parts: string[] = [];
  for (const { text } of lines.slice(0, before)) {
    // A copy that ran the columns together puts the motto on the issuer's line: it is not the issuer.
    const line = text.replace(/\*\*/g, '').replace(/\s*(?:CỘNG HO[ÀA] XÃ HỘI CHỦ NGHĨA(?: VIỆT NAM)?|ĐẢNG CỘNG SẢN VIỆT NAM)\s*$/u, '').trim();
    if (!line) break;
    if (/^(?:Số\b|CỘNG HO[ÀA]|ĐẢNG CỘNG SẢN|Độc lập|ĐỘC LẬP|BÁO CÁO|TỜ TRÌNH|[\d.…]*\s*[/-])|\d/u.test(line) || !isCapitals(line)) break;
    parts.push(line.replace(/[-–_*\s]+$/u, ''));
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim() || undefined;
}

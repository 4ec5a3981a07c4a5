/**
 * Extra searchable forms of a document number, for the queries Pagefind's own word splitting misses.
 *
 * Pagefind drops punctuation from a query ("80/2020/ND-CP" → "802020ndcp") and indexes a number both
 * whole and in parts split at punctuation and at case changes. The whole form and the parts find
 * "80/2020/NĐ-CP", "22-NQ/TW" or "nghi dinh 80"; what they miss is a symbol typed alone, above all
 * one in mixed case: "SNgV-HTHQ" becomes the query "sngvhthq", while the index holds "s", "ng", "v"
 * and "hthq". So a number also carries its lower-case form (no case split) and its symbol joined.
 */
export function numberForms(number: string): string[] {
  const lower = number.normalize('NFC').toLowerCase().trim();
  const forms = [lower];
  // 80/2020/NĐ-CP, 22-NQ/TW, 435/SNgV-HTHQ, 31/NQ-CP: digits, an optional year, then the symbol.
  const parts = /^(\d+)(?:\/(\d{4}))?[/-](.+)$/u.exec(lower);
  if (parts) {
    const [, serial, year, symbol] = parts;
    const joined = symbol.replace(/[^\p{L}\p{N}]/gu, '');
    if (joined !== symbol) forms.push(joined);
    if (year) forms.push(`${serial}/${year}`);
  }
  return [...new Set(forms)];
}

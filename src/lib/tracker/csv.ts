/**
 * CSV for Excel: RFC 4180 quoting (a field with a comma, quote or line break goes in double quotes,
 * quotes doubled), CRLF line ends, and a UTF-8 byte-order mark so Excel reads Vietnamese as UTF-8.
 * Text that Excel would take for a formula (=, +, -, @, tab or CR first) is given a leading
 * apostrophe: titles come from reports anyone can submit, and a cell like =HYPERLINK(…) would
 * otherwise run when staff open the export (CSV injection).
 */
export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

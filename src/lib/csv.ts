/**
 * CSV for Excel: RFC 4180 quoting (a field with a comma, quote or line break goes in double quotes,
 * quotes doubled), CRLF line ends, and a UTF-8 byte-order mark so Excel reads Vietnamese as UTF-8.
 */
export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

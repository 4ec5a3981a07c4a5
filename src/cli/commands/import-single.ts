import type { Entry } from '../../lib/import/batch.ts';
import { citationLabel, type ImportResult } from '../../lib/import/index.ts';
import { formatPartialDate } from '../../lib/partial-date.ts';

/**
 * `kb import FILE`: one file named alone keeps the single-file output it always had: the refusal as
 * `file[:line]: không nhập: …` with a hint, or the fields found (and `--json` of the analysis).
 */
/** One file named alone: the refusal as before (file:line, reason, →), or what was found in it. */
export function reportSingle(entry: Entry, json: boolean, written: string | null): number {
  if (entry.status === 'refused' || entry.status === 'skipped') {
    const where = entry.line ? `${entry.input}:${entry.line}` : entry.input;
    // JSON readers still get what was found (a duplicate's fields), with the refusal beside it.
    if (json) console.log(JSON.stringify({ ...(entry.found ?? {}), ...(entry.missing ? { missing: entry.missing } : {}), error: entry.reason, hint: entry.hint, file: entry.input, line: entry.line, written: null }, null, 2));
    else if (entry.status === 'skipped') console.log(`${where}: bỏ qua: ${entry.reason}`);
    else console.error(`${where}: không nhập: ${entry.reason}${entry.hint ? `\n    → ${entry.hint}` : ''}`);
    return entry.status === 'skipped' ? 0 : 1;
  }
  const result = entry.prepared!.result;
  const path = entry.status === 'written' ? written : null;
  if (!('tasks' in result)) {
    if (json) console.log(JSON.stringify({ ...result, mdx: undefined, written: path, imported: entry.sha256 }, null, 2));
    else console.log(`${path ? `Đã ghi bản nháp văn bản: ${path}` : `Bản nháp văn bản (chưa ghi): ${result.path}`}\n  Loại: ${result.kind}; số: ${result.number ?? '—'}; ngày: ${result.issued ? formatPartialDate(result.issued) : '—'}; cơ quan: ${result.issuer ?? '—'}`);
    return 0;
  }
  if (json) console.log(JSON.stringify(toJson(result, entry, path), null, 2));
  else printSummary(result, entry, path);
  return 0;
}

/** What `--json` prints: every field found, the body, and what is missing. */
function toJson(result: ImportResult, entry: Entry, written: string | null) {
  const { mdx: _mdx, bodyProblems: _problems, ...fields } = result;
  // Fields not found are null, not absent: a reader sees at once what the document did not say.
  const keys = ['number', 'symbol', 'kind', 'issued', 'place', 'issuer', 'title', 'unit', 'period', 'recipient', 'request', 'signer'] as const;
  const found = Object.fromEntries(keys.map((key) => [key, fields[key] ?? null]));
  const rest = Object.fromEntries(Object.entries(fields).filter(([key]) => !(key in found)));
  return { ...found, ...rest, encoding: entry.encoding, format: entry.format, ocr: entry.ocr ?? null, written };
}

function printSummary(result: ImportResult, entry: Entry, written: string | null) {
  const show = (label: string, value: string | undefined) => console.log(`  ${label.padEnd(18)} ${value ?? '— (chưa tìm thấy)'}`);
  console.log(written ? `Đã ghi bản nháp: ${written}` : `Bản nháp (chưa ghi): ${result.path}`);
  console.log(`  (định dạng: ${entry.format}; bảng mã: ${entry.encoding})`);
  if (entry.ocr) console.log(`  (nhận dạng chữ: ${entry.ocr.pages} trang, độ tin cậy ${entry.ocr.confidence}%, ${entry.ocr.lowLines} dòng cần kiểm tra)`);
  show('Số, ký hiệu', result.number ?? (result.symbol ? `để trống (…/${result.symbol})` : undefined));
  show('Loại', result.kind);
  show('Ngày ban hành', result.issued ? formatPartialDate(result.issued) : undefined);
  show('Địa danh', result.place);
  show('Trích yếu', result.title);
  show('Đơn vị', result.unit ? `${result.unit} (${result.evidence.unit})` : result.unitCandidates.length ? `chưa rõ: ${result.unitCandidates.join(' / ')}` : undefined);
  show('Kỳ báo cáo', result.period ? `${result.period} (${result.evidence.period})` : undefined);
  show('Trả lời văn bản', result.request ?? (result.requestCitation ? `${citationLabel(result.requestCitation)} — chưa có trong cơ sở tri thức` : undefined));
  show('Thực hiện', result.directives.join(', ') || undefined);
  show('Người ký', result.signer ? `${result.signer.name} (${result.signer.capacity.join(' – ')})` : undefined);
  show('Nơi nhận', result.recipients.length ? `${result.recipients.length} nơi` : undefined);
  show('Nhiệm vụ', `${result.tasks.length}`);
  if (result.missing.length) console.log(`\nCần bổ sung (không đoán): ${result.missing.join(', ')}`);
  for (const note of result.notes) console.log(`Lưu ý: ${note}`);
  console.log('\nMở bản nháp, đối chiếu với văn bản gốc, rồi chạy: npm run kb -- check');
}

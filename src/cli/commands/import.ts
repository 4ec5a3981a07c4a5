import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadKnowledgeBase } from '../../lib/content/load.ts';
import { citationLabel, decodeImportBytes, prepareImport, readDocx, type DecodedImport, type ImportResult } from '../../lib/import/index.ts';
import { checkDocxContainer, refuseBinaryAsText } from '../../lib/import/container.ts';
import { formatPartialDate } from '../../lib/partial-date.ts';
import { contentRootFromEnv, type Command } from './command.ts';

const TEXT_TYPES = ['.txt', '.md', '.markdown', '.text'];

export const importCommand: Command = {
  summary: 'nhập văn bản .docx/.txt/.md thành bản nháp MDX: TỆP [--out THƯ_MỤC] [--dry-run] [--json] [--force]',
  async run(args) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: { out: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, force: { type: 'boolean' } },
    });
    if (positionals.length !== 1) {
      console.error('Cách dùng: kb import TỆP [--out THƯ_MỤC] [--dry-run] [--json] [--force]');
      return 2;
    }
    const file = positionals[0];
    const refuse = (message: string, hint?: string, line?: number) => {
      const where = line ? `${file}:${line}` : file;
      if (values.json) console.log(JSON.stringify({ error: message, hint, file, line }, null, 2));
      else console.error(`${where}: không nhập: ${message}${hint ? `\n    → ${hint}` : ''}`);
      return 1;
    };
    if (!existsSync(file)) return refuse('không có tệp này');
    const ext = extname(file).toLowerCase();
    if (ext === '.doc') return refuse('tệp .doc (Word 97–2003) không đọc được', 'mở bằng Word, "Lưu thành" .docx rồi nhập lại');
    if (ext !== '.docx' && !TEXT_TYPES.includes(ext)) return refuse(`không nhận loại tệp "${ext || '(không có đuôi)'}"`, 'dùng .docx, .txt hoặc .md');

    const bytes = readFileSync(file);
    // What the bytes are, before a parser sees them: a zip bomb or a .docm is refused here, and a
    // .docx or .pdf named .txt is named for its format rather than its encoding (container.ts).
    const unsafe = ext === '.docx' ? checkDocxContainer(bytes) : refuseBinaryAsText(bytes);
    if (unsafe) return refuse(unsafe.message, unsafe.hint);
    const decoded: DecodedImport = ext === '.docx' ? await readDocx(bytes) : decodeImportBytes(bytes);
    if (!decoded.ok) return refuse(decoded.message, decoded.hint, decoded.line);

    const root = contentRootFromEnv();
    const { kb } = loadKnowledgeBase(root);
    const result = prepareImport(decoded.text, kb, file.split(/[\\/]/).pop()!);
    const base = resolve(values.out ?? root);
    // Never overwrite: another report already at the path the layout gives gets a numbered name.
    const target = freePath(join(base, result.path));
    result.path = relative(base, target).split('\\').join('/');
    const duplicate = result.duplicate;
    if (duplicate && !values.force) {
      const message = `cơ sở tri thức đã có báo cáo này: ${duplicate.file} (${duplicate.reason})`;
      const hint = 'mở tệp đó để cập nhật, hoặc thêm --force nếu đây thật là một văn bản khác';
      // JSON readers still get everything found, with the refusal beside it.
      if (values.json) {
        console.log(JSON.stringify({ ...toJson({ ...result, duplicate }, decoded, null), error: message, hint }, null, 2));
        return 1;
      }
      return refuse(message, hint);
    }
    if (result.bodyProblems.length) {
      return refuse(`nội dung không an toàn để ghi: ${result.bodyProblems[0].message}`, result.bodyProblems[0].hint);
    }
    const write = !values['dry-run'];
    if (write) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, result.mdx);
    }
    if (values.json) console.log(JSON.stringify(toJson(result, decoded, write ? target : null), null, 2));
    else printSummary(result, decoded, write ? target : null);
    return 0;
  },
};

function freePath(path: string): string {
  let candidate = path;
  for (let n = 2; existsSync(candidate); n++) candidate = path.replace(/\.mdx$/, `-${n}.mdx`);
  return candidate;
}

/** What `--json` prints: every field found, the body, and what is missing. */
function toJson(result: ImportResult, decoded: Extract<DecodedImport, { ok: true }>, written: string | null) {
  const { mdx: _mdx, bodyProblems: _problems, ...fields } = result;
  // Fields not found are null, not absent: a reader sees at once what the document did not say.
  const keys = ['number', 'symbol', 'kind', 'issued', 'place', 'title', 'unit', 'period', 'recipient', 'request', 'signer'] as const;
  const found = Object.fromEntries(keys.map((key) => [key, fields[key] ?? null]));
  const rest = Object.fromEntries(Object.entries(fields).filter(([key]) => !(key in found)));
  return { ...found, ...rest, encoding: decoded.encoding, written };
}

function printSummary(result: ImportResult, decoded: Extract<DecodedImport, { ok: true }>, written: string | null) {
  const show = (label: string, value: string | undefined) => console.log(`  ${label.padEnd(18)} ${value ?? '— (chưa tìm thấy)'}`);
  console.log(written ? `Đã ghi bản nháp: ${written}` : `Bản nháp (chưa ghi): ${result.path}`);
  console.log(`  (bảng mã: ${decoded.encoding})`);
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

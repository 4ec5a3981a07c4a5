import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { letterFieldWords, letterId, prepareLetterDraft } from '../../lib/letters/letter-draft.ts';
import type { DraftSource } from '../../lib/import/source-record.ts';
import type { KnowledgeBase } from '../../lib/model.ts';
import { unitLevelLabels } from '../../lib/labels.ts';
import { formatPartialDate } from '../../lib/partial-date.ts';
import { dutyRuleText } from '../../lib/tracker/tracker-text.ts';

export interface LetterImportOptions {
  file: string;
  root: string;
  out?: string;
  dryRun?: boolean;
  json?: boolean;
  force?: boolean;
  /** The file it was read from, recorded in the draft (`imported`) so a re-run skips it. */
  source?: DraftSource;
}

/**
 * kb import of a request letter (công văn đề nghị báo cáo): a directive draft under directives/
 * with its duty and outline, never overwriting; refused when the knowledge base already describes
 * the letter (same number and date), unless --force. Returns the exit code.
 */
export function importRequestLetter(text: string, kb: KnowledgeBase, options: LetterImportOptions): number {
  const sourceName = options.file.split(/[\\/]/).pop()!;
  const { letter, path: layoutPath, mdx, existing, unsafe } = prepareLetterDraft(text, kb, sourceName, options.source);
  // Never overwrite: a letter already at that path gets a numbered name beside it.
  const base = resolve(options.out ?? options.root);
  let target = join(base, layoutPath);
  for (let n = 2; existsSync(target); n++) target = join(base, layoutPath.replace(/\.mdx$/, `-${n}.mdx`));
  const path = relative(base, target).split('\\').join('/');
  const { outline, ...found } = letter;
  // The report import's field names where they mean the same (kind, title, unit: the issuer), then the letter's own.
  const json = { type: 'request-letter', kind: 'cong-van', title: letter.subject ?? null, unit: letter.issuerUnit ?? null, ...found, outline, path, written: null as string | null };

  const refusal = existing && !options.force
    ? { error: `cơ sở tri thức đã có công văn này: ${existing.source.file}`, hint: `sửa tệp đó (thêm "duties", "outline"), hoặc thêm --force nếu đây thật là một văn bản khác; tạo bản nháp báo cáo: kb skeleton ${existing.id}` }
    : undefined;
  const refused = refusal ?? (unsafe ? { error: `nội dung không an toàn để ghi: ${unsafe.message}`, hint: unsafe.hint } : undefined);
  if (refused) {
    if (options.json) console.log(JSON.stringify({ ...json, ...refused }, null, 2));
    else console.error(`${options.file}: không nhập: ${refused.error}${refused.hint ? `\n    → ${refused.hint}` : ''}`);
    return 1;
  }
  if (!options.dryRun) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, mdx);
    json.written = target;
  }
  if (options.json) {
    console.log(JSON.stringify(json, null, 2));
    return 0;
  }
  const show = (label: string, value: string | undefined) => console.log(`  ${label.padEnd(18)} ${value ?? '— (chưa tìm thấy)'}`);
  console.log(json.written ? `Đã ghi bản nháp công văn đề nghị báo cáo: ${json.written}` : `Bản nháp công văn đề nghị báo cáo (chưa ghi): ${path}`);
  show('Số, ký hiệu', letter.number);
  show('Ngày ban hành', letter.issued ? formatPartialDate(letter.issued) : undefined);
  show('Cơ quan ban hành', letter.issuer);
  show('Trích yếu', letter.subject);
  const owners = [...letter.addressees.units, ...letter.addressees.levels.map((l) => `mọi đơn vị cấp ${unitLevelLabels[l]?.toLowerCase() ?? l}${letter.addressees.provinces.length ? ` (${letter.addressees.provinces.join(', ')})` : ''}`)];
  show('Đơn vị báo cáo', owners.join(', ') || undefined);
  show('Kỳ báo cáo', letter.duty && letter.duty.frequency !== 'once' ? 'định kỳ (theo hạn dưới đây)' : letter.period);
  show('Hạn', letter.duty && !letter.missing.includes('deadline') ? dutyRuleText(letter.duty) : undefined);
  show('Về văn bản', letter.concerns.join(', ') || undefined);
  show('Đề cương', outline.length ? `${outline.length} mục` : undefined);
  if (letter.missing.length) console.log(`\nCần bổ sung (không đoán): ${letter.missing.map((k) => letterFieldWords[k] ?? k).join('; ')}`);
  for (const note of letter.notes) console.log(`Lưu ý: ${note}`);
  console.log(`\nMở bản nháp, đối chiếu với văn bản gốc, chạy npm run kb -- check, rồi: npm run kb -- skeleton ${letterId(letter)}`);
  return 0;
}

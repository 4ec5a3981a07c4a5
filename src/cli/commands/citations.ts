import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { citableText } from '../../lib/citations/file-text.ts';
import { parseCitations, type Citation } from '../../lib/citations/index.ts';
import { citationJson } from '../../lib/citations/json.ts';
import { decodeContentFile } from '../../lib/content/decode.ts';
import { documentKindLabels } from '../../lib/labels.ts';
import { formatPartialDate } from '../../lib/partial-date.ts';
import type { Command } from './command.ts';

function table(citations: readonly Citation[], all: readonly Citation[]): string {
  const rows = citations.map((c) => [
    String(c.line),
    c.kindText ?? documentKindLabels[c.kind] ?? c.kind,
    c.form === 'short' ? `${c.number} → ${c.abbreviates == null ? '?' : all[c.abbreviates].number}` : c.number,
    c.date ? formatPartialDate(c.date) : '—',
    c.issuer ?? '—',
  ]);
  const head = ['Dòng', 'Loại', 'Số, ký hiệu', 'Ngày', 'Cơ quan ban hành'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Distinct documents: one per number, or one per date where the same number comes with several dates. */
function countDocuments(citations: readonly Citation[]): number {
  const dates = new Map<string, Set<string>>();
  for (const c of citations) {
    const set = dates.get(c.normalized) ?? new Set<string>();
    if (c.date) set.add(c.date);
    dates.set(c.normalized, set);
  }
  return [...dates.values()].reduce((sum, set) => sum + Math.max(1, set.size), 0);
}

/**
 * The file's text. Content files must be UTF-8, but this command reads any text someone hands it:
 * UTF-16 with a byte-order mark, or legacy Windows-1258, is decoded and said so on stderr.
 */
function readText(file: string): string {
  const bytes = readFileSync(file);
  const decoded = decodeContentFile(bytes);
  if (decoded.ok) return decoded.text;
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (bytes.length === 0) return '';
  const encoding = bom ?? 'windows-1258';
  console.error(`${file}: không phải UTF-8 (${decoded.message}); đọc theo mã ${encoding}.`);
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
}

export const citations: Command = {
  summary: 'văn bản được dẫn chiếu trong một tệp .txt/.md/.mdx: TỆP [--json] [--all: kèm cách gọi tắt]',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, all: { type: 'boolean' } } });
    if (positionals.length !== 1) {
      console.error('Cách dùng: kb citations TỆP [--json] [--all]');
      return 2;
    }
    const file = positionals[0];
    let text: string;
    try {
      text = readText(file);
    } catch (error) {
      console.error(`Không đọc được tệp ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : String(error)}`);
      return 2;
    }
    const all = parseCitations(citableText(text));
    const shown = values.all ? all : all.filter((c) => c.form === 'full');
    if (values.json) {
      console.log(JSON.stringify(shown.map((c) => citationJson(c, all)), null, 2));
    } else if (!shown.length) {
      console.log(`${file}: không thấy văn bản nào được dẫn chiếu.`);
    } else {
      console.log(table(shown, all));
      console.log(`\n${shown.length} lần dẫn chiếu, ${countDocuments(shown)} văn bản.`);
    }
    return 0;
  },
};

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { citableText } from '../../lib/citations/file-text.ts';
import { parseCitations, type Citation } from '../../lib/citations/index.ts';
import { citationJson } from '../../lib/citations/json.ts';
import { decodeImportBytes, readDocx } from '../../lib/import/index.ts';
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
 * The file's text, read as `kb import` reads what staff receive: UTF-8, UTF-16, Windows-1258 or
 * TCVN3 (the encoding said on stderr when it is not UTF-8), or a .docx; VNI and garbled text are
 * refused with the reason, never read into wrong dates.
 */
async function readText(file: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const bytes = readFileSync(file);
  const decoded = extname(file).toLowerCase() === '.docx' ? await readDocx(bytes) : decodeImportBytes(bytes);
  if (!decoded.ok) return { ok: false, message: `${decoded.message}${decoded.line ? ` (dòng ${decoded.line})` : ''}. ${decoded.hint}` };
  if (!['utf-8', 'utf-8-bom', 'docx'].includes(decoded.encoding)) console.error(`${file}: không phải UTF-8; đọc theo mã ${decoded.encoding}.`);
  return { ok: true, text: decoded.text };
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
      const read = await readText(file);
      if (!read.ok) {
        console.error(`Không đọc được tệp ${file}: ${read.message}`);
        return 2;
      }
      text = read.text;
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

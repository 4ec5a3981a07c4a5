import type { Entry } from './batch.ts';

/**
 * The batch summary staff read after an import: printed, and written as Markdown and JSON. Every
 * input is named once: the draft written, or skipped (already imported, another file type), or
 * refused and why; the fields found and missing; duplicates; OCR pages and confidence.
 */
export interface Summary {
  startedAt: string;
  seconds: number;
  counts: { inputs: number; written: number; skipped: number; refused: number; ocrPages: number };
  missingTools: { tool: string; debianPackage: string }[];
  entries: Omit<Entry, 'prepared'>[];
}

export function summarise(entries: Entry[], startedAt: Date, seconds: number): Summary {
  const tools = new Map<string, { tool: string; debianPackage: string }>();
  for (const e of entries) if (e.missingTool) tools.set(e.missingTool.debianPackage, e.missingTool);
  return {
    startedAt: startedAt.toISOString(),
    seconds: Math.round(seconds * 10) / 10,
    counts: {
      inputs: entries.length,
      written: entries.filter((e) => e.status === 'written' || e.status === 'would-write').length,
      skipped: entries.filter((e) => e.status === 'skipped').length,
      refused: entries.filter((e) => e.status === 'refused').length,
      ocrPages: entries.reduce((n, e) => n + (e.ocr?.pages ?? 0), 0),
    },
    missingTools: [...tools.values()],
    entries: entries.map(({ prepared: _, ...rest }) => rest),
  };
}

const STATUS: Record<Entry['status'], string> = { written: 'đã ghi', 'would-write': 'sẽ ghi (chạy thử)', skipped: 'bỏ qua', refused: 'từ chối' };
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function summaryMarkdown(summary: Summary): string {
  const { counts } = summary;
  const lines = [
    '# Kết quả nhập văn bản (kb import)',
    '',
    `${counts.inputs} tệp: ${counts.written} bản nháp, ${counts.skipped} bỏ qua, ${counts.refused} từ chối; ${counts.ocrPages} trang nhận dạng chữ (OCR); ${summary.seconds} giây.`,
    '',
  ];
  if (summary.missingTools.length) {
    lines.push('**Thiếu chương trình** (các tệp cần chúng bị từ chối, các tệp khác vẫn được nhập):', '');
    for (const t of summary.missingTools) lines.push(`- ${t.tool}: \`sudo apt-get install -y ${t.debianPackage}\``);
    lines.push('');
  }
  lines.push('| tệp | kết quả | bản nháp hoặc lý do | định dạng | tìm thấy | còn thiếu | trùng | OCR |', '|---|---|---|---|---|---|---|---|');
  for (const e of summary.entries) {
    const found = e.found ? Object.entries(e.found).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`).join('; ') : '';
    const duplicate = e.duplicate ? `${e.duplicate.within === 'batch' ? 'trong đợt' : 'trong cơ sở tri thức'}: ${e.duplicate.file}` : '';
    const ocr = e.ocr ? `${e.ocr.pages} trang, ${e.ocr.confidence}%${e.ocr.lowLines ? `, ${e.ocr.lowLines} dòng kém` : ''}` : '';
    const outcome = e.status === 'refused' || e.status === 'skipped' ? `${e.reason ?? ''}${e.hint ? ` → ${e.hint}` : ''}` : e.draft ?? '';
    lines.push(`| ${cell(e.input)} | ${STATUS[e.status]} | ${cell(outcome)} | ${e.format ?? ''} | ${cell(found)} | ${(e.missing ?? []).join(', ')} | ${cell(duplicate)} | ${ocr} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The short form printed at the end of a run: counts, then one line per input not written. */
export function summaryText(summary: Summary): string {
  const { counts } = summary;
  const lines = [`Xong: ${counts.inputs} tệp — ${counts.written} bản nháp, ${counts.skipped} bỏ qua, ${counts.refused} từ chối (${summary.seconds} giây).`];
  for (const t of summary.missingTools) lines.push(`Thiếu ${t.tool}: sudo apt-get install -y ${t.debianPackage}`);
  for (const e of summary.entries) {
    if (e.status === 'refused') lines.push(`  ✗ ${e.input}: ${e.reason}${e.hint ? `\n      → ${e.hint}` : ''}`);
    else if (e.status === 'skipped') lines.push(`  – ${e.input}: ${e.reason}`);
    else lines.push(`  ✓ ${e.input} → ${e.draft}${e.missing?.length ? ` (còn thiếu: ${e.missing.join(', ')})` : ''}${e.ocr ? ` [OCR ${e.ocr.pages} trang, ${e.ocr.confidence}%]` : ''}`);
  }
  return lines.join('\n');
}

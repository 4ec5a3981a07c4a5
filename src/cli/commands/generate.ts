import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent, type GenerateSummary } from '../../tools/generate/index.ts';
import type { Command } from './command.ts';

const USAGE = 'kb generate --reports N --out THƯ_MỤC [--seed CHUỖI]';

export const generate: Command = {
  summary: 'tạo cây nội dung giả lập để đo hiệu năng: --reports N --out THƯ_MỤC [--seed CHUỖI]',
  async run(args) {
    const { values } = parseArgs({ args, options: { reports: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
    const reports = Number(values.reports);
    if (!values.reports || !Number.isInteger(reports) || reports < 1) {
      console.error(`Số báo cáo "${values.reports ?? ''}" không hợp lệ: cần một số nguyên dương.\nCách dùng: ${USAGE}`);
      return 2;
    }
    if (!values.out) {
      console.error(`Thiếu thư mục đích --out.\nCách dùng: ${USAGE}`);
      return 2;
    }
    const out = resolve(values.out);
    // Never mix generated files into an existing tree (least of all the real content/).
    if (existsSync(out) && readdirSync(out).length > 0) {
      console.error(`Thư mục ${out} đã có dữ liệu; chọn một thư mục trống hoặc chưa có.`);
      return 2;
    }
    const started = performance.now();
    const files = generateContent({ reports, seed: values.seed });
    let bytes = 0;
    let step = files.next();
    for (; !step.done; step = files.next()) {
      const path = join(out, step.value.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, step.value.text);
      bytes += Buffer.byteLength(step.value.text);
    }
    console.log(describe(step.value, out, bytes, performance.now() - started));
    return 0;
  },
};

function describe(s: GenerateSummary, out: string, bytes: number, ms: number): string {
  return `Đã tạo ${s.reports} báo cáo (${s.confidential} báo cáo mật), ${s.units} đơn vị ở ${s.provinces} tỉnh, ${s.documents} văn bản, ` +
    `${s.tasks} nhiệm vụ và ${s.progress} lượt theo dõi tiến độ trong ${out} (${(bytes / 1048576).toFixed(1)} MB, ${(ms / 1000).toFixed(1)} giây).`;
}

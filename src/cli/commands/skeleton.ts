import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadKnowledgeBase } from '../../lib/content/load.ts';
import { planSkeletons } from '../../lib/letters/skeleton.ts';
import { parsePeriod } from '../../lib/period.ts';
import { parseAsOf } from '../../lib/settings.ts';
import type { Command } from './command.ts';

/** kb skeleton LETTER [--unit ID] [--out DIR]: a report draft for each unit owing the report a request letter asks for. */
export const skeleton: Command = {
  summary: 'bản nháp báo cáo cho từng đơn vị phải trả lời một công văn đề nghị: MÃ_CÔNG_VĂN [--unit MÃ] [--out THƯ_MỤC] [--period KỲ] [--as-of NGÀY]',
  async run(args, settings) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: { unit: { type: 'string' }, out: { type: 'string' }, period: { type: 'string' }, 'as-of': { type: 'string' } },
    });
    if (positionals.length !== 1) {
      console.error('Cách dùng: kb skeleton MÃ_CÔNG_VĂN [--unit MÃ_ĐƠN_VỊ] [--out THƯ_MỤC] [--period 2023-H1]');
      return 2;
    }
    if (values.period && !parsePeriod(values.period)) {
      console.error(`--period "${values.period}" không phải một kỳ (2022, 2022-H1, 2022-Q3)`);
      return 2;
    }
    const root = settings.contentRoot;
    const { kb } = loadKnowledgeBase(root);
    const asOf = values['as-of'] ? parseAsOf(values['as-of'], '--as-of') : settings.asOf;
    const plan = planSkeletons(kb, positionals[0], { unit: values.unit, period: values.period, asOf });
    if (plan.refusal) {
      console.error(`kb skeleton: ${plan.refusal}`);
      return 1;
    }
    const base = resolve(values.out ?? root);
    let written = 0;
    for (const draft of plan.drafts) {
      const target = join(base, draft.path);
      // Never overwrite: a draft already there is the unit's work in progress.
      if (existsSync(target)) {
        console.log(`Đã có, không ghi đè: ${target}`);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, draft.mdx);
      written++;
      console.log(`Đã ghi bản nháp: ${target}`);
    }
    for (const note of plan.notes) console.log(`Lưu ý: ${note}`);
    console.log(written ? `\n${written} bản nháp. Mỗi đơn vị viết vào các mục "${'_(chưa viết)_'}", rồi chạy: npm run kb -- check` : '\nKhông có bản nháp mới.');
    if (values.unit && !plan.drafts.length) return 1;
    return 0;
  },
};

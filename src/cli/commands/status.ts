import { parseArgs } from 'node:util';
import { ContentRefused, loadForSite } from '../../lib/kb/load-for-site.ts';
import { tasksExport, type TaskExport } from '../../lib/tracker/export.ts';
import { statusLabels } from '../../lib/labels.ts';
import { formatPartialDate } from '../../lib/partial-date.ts';
import { parseAsOf } from '../../lib/settings.ts';
import { taskStatuses } from '../../lib/tracker/status.ts';
import { overdueBasisShort } from '../../lib/tracker/tracker-text.ts';
import { buildTracker } from '../../lib/tracker/tracker.ts';
import type { Command } from './command.ts';

export const status: Command = {
  summary: 'trạng thái nhiệm vụ: [--json] [--as-of YYYY-MM-DD] (mặc định KB_AS_OF hoặc hôm nay)',
  async run(args, settings) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, 'as-of': { type: 'string' } } });
    const asOf = values['as-of'] ? parseAsOf(values['as-of'], '--as-of') : settings.asOf;
    // Problems go to stderr so that --json output stays parseable. Errors stop the count, with every
    // problem listed; warnings (a citation written wrongly, say) are kb check's to show, here only counted.
    let site;
    try {
      site = loadForSite(settings);
    } catch (error) {
      if (!(error instanceof ContentRefused)) throw error;
      console.error(error.message);
      return 1;
    }
    if (site.warnings.length) console.error(`Nội dung có ${site.warnings.length} cảnh báo; xem bằng: npm run kb -- check`);
    // The same public view and export as /api/tasks.json: confidential reports never count.
    const catalog = site.catalog;
    const data = tasksExport(buildTracker(catalog, asOf), catalog);
    if (values.json) console.log(JSON.stringify(data, null, 2));
    else console.log(humanTable(data.tasks, asOf));
    return 0;
  },
};

/** A plain table, overdue first (oldest due first), then open, done late, done on time, no deadline. */
function humanTable(tasks: TaskExport[], asOf: string): string {
  const rank = (t: TaskExport) => taskStatuses.indexOf(t.status);
  const sorted = [...tasks].sort((a, b) => rank(a) - rank(b) || (a.dueDay ?? '9').localeCompare(b.dueDay ?? '9') || a.id.localeCompare(b.id));
  // An overdue task says which kind of late: reported since without "done", or nothing heard since.
  const rows = sorted.map((t) => [t.overdueBasis ? `${t.label} (${overdueBasisShort[t.overdueBasis]})` : t.label, t.dueDay ? formatPartialDate(t.dueDay) : '—', t.daysOverdue === null ? '' : String(t.daysOverdue), t.unit, t.id]);
  const header = ['Trạng thái', 'Hạn', 'Quá (ngày)', 'Đơn vị', 'Nhiệm vụ'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  // Semicolons between counts: the labels themselves hold commas ("chưa hoàn thành, quá hạn").
  const counts = taskStatuses.map((s) => `${tasks.filter((t) => t.status === s).length} ${statusLabels[s]}`).join('; ');
  return [
    `Trạng thái nhiệm vụ tính đến ngày ${formatPartialDate(asOf)}: ${tasks.length} nhiệm vụ (${counts}).`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

import type { KnowledgeBase, Report, Unit } from '../model.ts';
import { earliestDay, formatPartialDate, latestDay, parsePartialDate, todayInVietnam } from '../partial-date.ts';
import type { Problem } from '../problems.ts';
import { unitFrom, unitUntil } from '../lineage.ts';

/**
 * Where a report sits and when it was issued, against its unit: a report lives at
 * `reports/<tỉnh>/<đơn vị>/<tên>.mdx` (its id and URL come from that path, and people find it by
 * it), so the folders must name its unit and the unit's province; its unit must have existed in
 * its period (an error) and on its issue day (a warning: a ceased unit's last report is sometimes
 * signed late); and it cannot be issued after the day of the build (`today`).
 */
export function checkReportPlace(kb: KnowledgeBase, today = todayInVietnam()): Problem[] {
  // The first unit of an id: a second one is a duplicate-id error, and must not hide this check.
  const units = new Map<string, Unit>();
  for (const unit of kb.units) if (!units.has(unit.id)) units.set(unit.id, unit);
  return kb.reports.flatMap((report) => {
    const unit = units.get(report.unit);
    return [...placeProblems(report, unit), ...lifeProblems(report, unit), ...futureProblems(report, today)];
  });
}

function placeProblems(report: Report, unit: Unit | undefined): Problem[] {
  const file = report.source.file;
  const segments = file.split('/').slice(1); // after reports/
  const province = unit?.province ?? (unit?.level === 'tinh' ? unit.id : undefined);
  const expected = province ? `reports/${province}/${report.unit}/${segments.at(-1)}` : undefined;
  if (segments.length !== 3) {
    return [{
      file, line: 1, severity: 'error', code: 'report-path',
      message: `báo cáo phải nằm trong reports/<tỉnh>/<đơn vị>/, không ở ${segments.length < 3 ? 'cấp trên' : 'thư mục con sâu hơn'}`,
      hint: expected ? `chuyển thành ${expected}` : 'chuyển vào reports/<mã tỉnh>/<mã đơn vị>/',
    }];
  }
  if (!unit) return []; // an unknown unit is named by references.ts
  const wrongUnit = segments[1] !== report.unit;
  const wrongProvince = province !== undefined && segments[0] !== province;
  if (!wrongUnit && !wrongProvince) return [];
  const said = wrongUnit ? `thư mục ${segments[1]}/ là của đơn vị khác với unit: ${report.unit}` : `thư mục ${segments[0]}/ không phải tỉnh của ${report.unit} (${province})`;
  return [{
    file, get line() { return report.source.lineOf(['unit']); }, severity: 'error', code: 'report-folder',
    message: `${said}: địa chỉ trang và nơi tìm báo cáo sẽ sai`,
    hint: expected ? `nếu unit: đúng, chuyển tệp thành ${expected}; nếu thư mục đúng, sửa unit:` : 'sửa unit: hoặc chuyển tệp vào thư mục của đơn vị',
  }];
}

function lifeProblems(report: Report, unit: Unit | undefined): Problem[] {
  if (!unit) return [];
  const from = unitFrom(unit);
  const until = unitUntil(unit);
  const life = `${unit.name} (${from ? `từ ${formatPartialDate(from)}` : ''}${from && until ? ' ' : ''}${until ? `đến ${formatPartialDate(until)}` : ''})`;
  const { start, end } = report.periodInfo;
  const at = (path: PropertyKey[]) => ({ file: report.source.file, get line() { return report.source.lineOf(path); } });
  if ((from && end < from) || (until && start > until)) {
    return [{ ...at(['period']), severity: 'error', code: 'unit-not-existing', message: `kỳ ${report.period} nằm ngoài thời gian tồn tại của ${life}`, hint: 'kiểm tra lại kỳ báo cáo (period) hoặc đơn vị (unit): báo cáo sau khi sáp nhập thuộc đơn vị kế tục' }];
  }
  const issued = report.issued ? parsePartialDate(report.issued) : null;
  if (issued && ((from && latestDay(issued) < from) || (until && earliestDay(issued) > until))) {
    return [{ ...at(['issued']), severity: 'warning', code: 'unit-not-existing', message: `ngày ban hành ${formatPartialDate(issued)} nằm ngoài thời gian tồn tại của ${life}`, hint: 'kiểm tra lại ngày ban hành (issued) hoặc đơn vị (unit) ký báo cáo' }];
  }
  return [];
}

function futureProblems(report: Report, today: string): Problem[] {
  const issued = report.issued ? parsePartialDate(report.issued) : null;
  if (!issued || earliestDay(issued) <= today) return [];
  return [{
    file: report.source.file, get line() { return report.source.lineOf(['issued']); }, severity: 'error', code: 'issued-in-future',
    message: `ngày ban hành ${formatPartialDate(issued)} chưa tới (hôm nay ${formatPartialDate(today)})`,
    hint: 'kiểm tra lại năm và tháng của issued (viết YYYY-MM-DD, ví dụ 2022-12-15)',
  }];
}

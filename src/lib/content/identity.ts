import { createHash } from 'node:crypto';
import { invisibleCharacters, stripInvisible } from '../text.ts';
import type { KnowledgeBase, SourceRef } from '../model.ts';
import type { Problem } from '../problems.ts';

/**
 * What identifies a report or document must be what it shows. Numbers and references holding
 * invisible characters (text.ts) are errors, titles and names warnings, each with the value
 * as it should be typed; and one report in two files is an error, as `kb import` already refuses
 * it: the same unit, period and number (compared without invisible characters, spaces or case), or
 * the same full text (`bodyKeys`, from the bodies read in this run; bodies under
 * MIN_DUPLICATE_TEXT characters are too short to tell a copy from a form letter).
 */
export function checkIdentity(kb: KnowledgeBase, bodyKeys: ReadonlyMap<string, string>): Problem[] {
  return [...invisibleProblems(kb), ...duplicateReports(kb, bodyKeys)];
}

export const MIN_DUPLICATE_TEXT = 200;

/** Raise when bodyKey changes: identities cached under another version are not used (load-shared.ts). */
export const BODY_KEY_VERSION = 1;

/** A body's identity: its text without invisible characters, spacing or case; undefined when short. */
export function bodyKey(body: string): string | undefined {
  // Runs of spaces, and any other single whitespace, become one space: /\s+/ would rewrite every
  // single space too, three times slower on a report.
  const text = stripInvisible(body).normalize('NFC').replace(/\s{2,}|[^\S ]/g, ' ').trim().toLowerCase();
  return text.length < MIN_DUPLICATE_TEXT ? undefined : createHash('sha256').update(text).digest('hex');
}

const numberKey = (number: string) => stripInvisible(number).normalize('NFC').replace(/\s+/g, '').toLowerCase();

type Field = { source: SourceRef; path: PropertyKey[]; value: string | undefined; label: string; severity: Problem['severity'] };

function invisibleProblems(kb: KnowledgeBase): Problem[] {
  const fields: Field[] = [];
  const field = (source: SourceRef, path: PropertyKey[], value: string | undefined, label: string, severity: Problem['severity']) =>
    fields.push({ source, path, value, label, severity });
  for (const r of kb.reports) {
    field(r.source, ['number'], r.number, 'số hiệu', 'error');
    field(r.source, ['symbol'], r.symbol, 'ký hiệu', 'error');
    if (!r.untitled) field(r.source, ['title'], r.title, 'tiêu đề', 'warning');
    r.tasks.forEach((t, i) => field(r.source, ['tasks', i, 'title'], t.title, 'tên nhiệm vụ', 'warning'));
    r.progress.forEach((p, i) => field(r.source, ['progress', i, 'task'], p.task, 'mã nhiệm vụ', 'error'));
  }
  for (const d of kb.documents) {
    field(d.source, ['number'], d.number, 'số hiệu', 'error');
    field(d.source, ['subject'], d.subject, 'trích yếu', 'warning');
  }
  kb.units.forEach((u) => field(u.source, ['name'], u.name, 'tên đơn vị', 'warning'));
  return fields.flatMap(({ source, path, value, label, severity }): Problem[] => {
    const found = value === undefined ? [] : invisibleCharacters(value);
    if (!found.length) return [];
    const codes = [...new Set(found.map((c) => c.code))].join(', ');
    return [{
      file: source.file, get line() { return source.lineOf(path); }, severity, code: 'invisible-char',
      message: `${label} "${stripInvisible(value!)}" có ${found.length} ký tự vô hình (${codes}, ở vị trí ${found.map((c) => c.index).join(', ')}): nhìn giống nhau nhưng so sánh, tìm kiếm sẽ khác`,
      hint: `gõ lại giá trị, không dán: ${JSON.stringify(stripInvisible(value!))}`,
    }];
  });
}

function duplicateReports(kb: KnowledgeBase, bodyKeys: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, typeof kb.reports>();
  const add = (key: string, report: (typeof kb.reports)[number]) => groups.set(key, [...(groups.get(key) ?? []), report]);
  for (const r of kb.reports) {
    if (r.number) add(`number\t${r.unit}\t${r.period}\t${numberKey(r.number)}`, r);
    const text = bodyKeys.get(r.id);
    if (text) add(`text\t${text}`, r);
  }
  const reported = new Set<string>();
  for (const [key, reports] of groups) {
    if (reports.length < 2) continue;
    const byText = key.startsWith('text');
    for (const r of reports) {
      const others = reports.filter((o) => o !== r).map((o) => o.source.file);
      if (reported.has(`${r.id}\t${others.join()}`)) continue; // same pair by number and by text: once
      reported.add(`${r.id}\t${others.join()}`);
      problems.push({
        file: r.source.file, get line() { return byText ? r.source.bodyLine : r.source.lineOf(['number']); }, severity: 'error', code: 'duplicate-report',
        message: byText
          ? `toàn văn báo cáo trùng với ${others.join(', ')}: một báo cáo được lưu hai lần`
          : `báo cáo số ${stripInvisible(r.number!)} của ${r.unit}, kỳ ${r.period} đã có trong ${others.join(', ')}`,
        hint: 'giữ một tệp, xóa tệp kia; nếu là hai báo cáo khác nhau, sửa số hiệu hay kỳ báo cáo cho đúng bản gốc',
      });
    }
  }
  return problems;
}

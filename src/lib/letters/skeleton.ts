import { stringify } from 'yaml';
import { escapeMdx } from '../import/escape.ts';
import { documentName } from '../labels.ts';
import { unitExistsOn, unitUntil, successorsOn } from '../lineage.ts';
import type { KnowledgeBase, LegalDocument } from '../model.ts';
import { addDays, formatPartialDate } from '../partial-date.ts';
import { parsePeriod, periodContaining, type Period } from '../period.ts';
import { documentConcerns } from '../tracker/concerns.ts';
import { dutyDueDay, recurringKind } from '../tracker/deadlines.ts';
import { candidates, matchingReport } from '../tracker/duties.ts';
import { dutyRuleText } from '../tracker/tracker-text.ts';
import { EMPTY_SECTION, headingText } from './outline-check.ts';

/** One report draft a unit starts from: where it goes under the content root, and its text. */
export interface Skeleton {
  unit: string;
  period: string;
  path: string;
  mdx: string;
}

export interface SkeletonPlan {
  drafts: Skeleton[];
  /** Units left out, and why (already answered, ceased, not an owner of the duty). */
  notes: string[];
  /** Why nothing can be drafted at all (no such letter, no duty). */
  refusal?: string;
}

/**
 * The drafts `kb skeleton LETTER [--unit ID]` writes: one per unit owing the report the letter's
 * duties ask for (named units and every unit of its levels, as they stand on the due day, else on
 * the letter's date), each with its frontmatter filled and the outline's headings as its body.
 * A recurring duty drafts the period containing `asOf` unless `period` is given.
 */
export function planSkeletons(kb: KnowledgeBase, letterId: string, options: { unit?: string; period?: string; asOf: string }): SkeletonPlan {
  const letter = kb.documents.find((d) => d.id === letterId);
  if (!letter) return { drafts: [], notes: [], refusal: `không có văn bản "${letterId}" trong directives/` };
  if (!letter.duties.length) return { drafts: [], notes: [], refusal: `${documentName(letter)} chưa ghi nghĩa vụ báo cáo ("duties"): ghi đơn vị, kỳ và hạn trong directives/${letterId}.mdx trước` };
  const units = new Map(kb.units.map((u) => [u.id, u]));
  const concerns = documentConcerns(kb.documents, (id) => kb.documents.filter((d) => d.guidance.includes(id)).map((d) => d.id)).get(letter.id) ?? [];
  const drafts: Skeleton[] = [];
  const notes: string[] = [];
  for (const duty of letter.duties) {
    const kind = recurringKind(duty.frequency);
    const period = options.period ? parsePeriod(options.period) : duty.period ? parsePeriod(duty.period) : kind ? periodContaining(kind, options.asOf) : null;
    if (!period) {
      notes.push(`nghĩa vụ "${duty.id}": chưa rõ kỳ báo cáo; thêm --period`);
      continue;
    }
    const dueDay = dutyDueDay(duty, period);
    const day = dueDay ?? (letter.issued.length === 10 ? letter.issued : period.end);
    const owing = candidates(duty, kb.units, period, letter.issuerUnit).map((c) => c.unit);
    if (!owing.length) notes.push(`nghĩa vụ "${duty.id}" chưa ghi đơn vị nào phải báo cáo ("units" hoặc "levels")`);
    // A unit gone by the due day passes the report to its known successors, as the tracker counts it.
    for (let i = 0; i < owing.length; i++) {
      const unitId = owing[i];
      const unit = units.get(unitId);
      if (!unit) continue;
      if (!unitExistsOn(unit, day)) {
        const successors = successorsOn(units, unitId, day).filter((s) => !owing.includes(s.id));
        owing.push(...successors.map((s) => s.id));
        if (!options.unit || options.unit === unitId) notes.push(`${unit.name} dừng hoạt động sau ${formatPartialDate(unitUntil(unit))}: ${successors.length ? `báo cáo chuyển cho ${successors.map((s) => s.id).join(', ')}` : 'chưa rõ đơn vị kế thừa'}`);
        continue;
      }
      if (options.unit && unitId !== options.unit) continue;
      const answered = matchingReport(kb.reports.filter((r) => r.unit === unitId && !r.draft), letter.id, period, '9999-12-31');
      if (answered) {
        notes.push(`${unit.name} đã có báo cáo trả lời: reports/${answered.id}.mdx`);
        continue;
      }
      const path = `reports/${unit.province ?? 'chua-ro-tinh'}/${unit.id}/${period.id.toLowerCase()}-tra-loi-${letter.id}.mdx`;
      drafts.push({ unit: unitId, period: period.id, path, mdx: skeletonMdx(letter, duty, unitId, period, dueDay, concerns) });
    }
  }
  if (options.unit && !drafts.length && !notes.length) {
    const unit = units.get(options.unit);
    const until = unit && unitUntil(unit);
    const successors = unit && until ? successorsOn(units, unit.id, addDays(until, 1)) : [];
    notes.push(!unit ? `không có đơn vị "${options.unit}" trong units/`
      : until && until < options.asOf ? `${unit.name} dừng hoạt động sau ${formatPartialDate(until)}, trước kỳ phải báo cáo; ${successors.length ? `đơn vị kế thừa: ${successors.map((s) => s.id).join(', ')}` : 'chưa rõ đơn vị kế thừa'}`
      : `${unit.name} không thuộc các đơn vị phải báo cáo theo ${documentName(letter)}`);
  }
  return { drafts, notes };
}

function skeletonMdx(letter: LegalDocument, duty: LegalDocument['duties'][number], unit: string, period: Period, dueDay: string | undefined, concerns: string[]): string {
  const title = letter.subject.replace(/^(?:Về việc|V\/v)\s+/iu, '').replace(/^./u, (c) => c.toUpperCase());
  const data = { unit, period: period.id, title, request: letter.id, directives: concerns, recipient: duty.to, draft: true, tasks: [] };
  const comment = [
    `Bản nháp báo cáo do kb skeleton tạo theo ${documentName(letter)} ngày ${formatPartialDate(letter.issued)} (${letter.issuer}).`,
    `Hạn gửi: ${dueDay ? formatPartialDate(dueDay) : `chưa rõ (${dutyRuleText(duty)})`}. Viết dưới từng đề mục thay cho dòng ${EMPTY_SECTION}: kb check cảnh báo mục còn trống.`,
    'Khi ban hành: xóa dòng "draft: true" (bản nháp không lên trang, không tính là đã trả lời), thêm issued (ngày ký), number (số, ký hiệu), signer; bỏ các văn bản ở "directives" mà báo cáo không thực hiện.',
    `Nhiệm vụ (phương hướng, nhiệm vụ; đề xuất, kiến nghị) ghi vào "tasks", mỗi nhiệm vụ một mục: - { id: ten-ngan, title: "…", due: ${dueDay ?? period.id} }${dueDay ? ' (hạn mặc định là hạn của công văn; sửa theo hạn thật của từng nhiệm vụ)' : ''}.`,
    ...(letter.outline.length ? [] : [`${documentName(letter)} không kèm đề cương (hoặc chưa ghi trong cơ sở tri thức): viết theo bố cục thường dùng.`]),
  ].map((line) => `# ${line}\n`).join('');
  const outline = letter.outline.length ? letter.outline : [{ title: 'Nội dung báo cáo', level: 1 }];
  const body = outline.map((item) => `${'#'.repeat(item.level + 1)} ${escapeMdx(headingText(item))}\n\n${EMPTY_SECTION}\n`).join('\n');
  return `---\n${comment}${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}`;
}

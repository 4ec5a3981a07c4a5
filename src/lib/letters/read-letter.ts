import type { DutyInput } from '../../schemas/duty.ts';
import type { OutlineItem } from '../../schemas/outline.ts';
import { parseCitations } from '../citations/parse.ts';
import { resolveCitations } from '../citations/resolve.ts';
import { cleanText } from '../import/clean.ts';
import { readClosing } from '../import/closing.ts';
import { findPeriod } from '../import/find-period.ts';
import { readHeader } from '../import/header.ts';
import { fold, toLines, type Line } from '../import/lines.ts';
import { matchUnit } from '../import/units.ts';
import type { LegalDocument, Unit } from '../model.ts';
import { resolveAddressees, type Addressees } from './addressees.ts';
import { readDeadline, type Deadline } from './deadline.ts';
import { readOutline } from './outline.ts';

/**
 * A request letter (công văn đề nghị báo cáo) read into the duty it creates: who must report
 * (addressees resolved to units on the letter's date), on what period, by when, about which
 * documents, on what outline. What the letter does not say stays empty and is listed in `missing`,
 * with the reasons in `notes`: a deadline is never invented.
 */
export interface RequestLetter {
  number?: string;
  issued?: string;
  /** The issuing unit, when it is one we model (so-ngoai-vu-quang-ngai). */
  issuerUnit?: string;
  /** The issuer's name: the unit's name, else the header's lines. */
  issuer?: string;
  /** Trích yếu ("V/v báo cáo …"). */
  subject?: string;
  /** "Kính gửi" as printed. */
  recipient?: string;
  addressees: Addressees;
  deadline: Deadline;
  /** The period the report covers (2022-H1), for a one-off letter. */
  period?: string;
  /** Described documents the trích yếu names: what the report is about. */
  concerns: string[];
  outline: OutlineItem[];
  /** The duty, when the letter says enough for one (a one-off needs its period). */
  duty?: DutyInput;
  /** Fields not found, by name: addressees, deadline, period, outline, number, issued. */
  missing: string[];
  notes: string[];
}

/** A request asks ("đề nghị … báo cáo", "gửi báo cáo về"); a reply reports ("kính báo cáo", "báo cáo như sau"). */
const ASKS = /(?<!theo )de nghi[^.]{0,300}(?:bao cao|gui bao cao)|(?:gui|nop) bao cao ve|yeu cau[^.;]{0,120}bao cao/;
const REPLIES = /kinh bao cao|xin bao cao|tran trong bao cao/;
/** "… báo cáo như sau": a reply when its sentence asks nothing ("UBND huyện Triệu Sơn báo cáo như sau"). */
const REPORTS_AS_FOLLOWS = /bao cao (?:cu the )?nhu sau/;

/** Whether the text is a công văn asking for a report; the reader below then applies. */
export function isRequestLetter(text: string): boolean {
  const lines = toLines(cleanText(text).blocks);
  const header = readHeader(lines);
  if (header.kind !== 'cong-van') return false;
  const body = fold(lines.slice(header.end).map((l) => l.text).join(' '));
  const reportsItself = body.split(/[.;:\n]/).some((sentence) => REPORTS_AS_FOLLOWS.test(sentence) && !/(?<!theo )de nghi|yeu cau/.test(sentence));
  return ASKS.test(body) && !REPLIES.test(body) && !reportsItself;
}

export function readRequestLetter(text: string, kb: { units: readonly Unit[]; documents: readonly LegalDocument[] }): RequestLetter {
  const clean = cleanText(text);
  const lines = toLines(clean.blocks);
  const header = readHeader(lines);
  const closing = readClosing(lines, header.end);
  const bodyLines = lines.slice(header.end);
  // The issuer from the header alone: the text names the addressees ("UBND huyện Triệu Sơn báo cáo …"), not the sender.
  const issuer = matchUnit(kb.units as Unit[], { issuerLines: header.issuerLines, text: '', capacity: closing.signer?.capacity ?? [], place: header.place, issued: header.issued });
  const issuerUnit = kb.units.find((u) => u.id === issuer.unit);
  const day = header.issued && header.issued.length === 10 ? header.issued : undefined;

  const recipient = recipientOf(lines) ?? header.recipient;
  const addressees = resolveAddressees(recipient ?? '', kb.units, issuerUnit?.province, day ?? header.issued);
  const deadline = readDeadline(bodyLines.map((l) => l.text).join('\n'), header.issued);
  const outline = readOutline(bodyLines);
  const intro = bodyLines.slice(0, 8).map((l) => l.text).join('\n');
  const frequency = deadline.frequency ?? 'once';
  const period = frequency === 'once' ? findPeriod(header.title, intro).period : undefined;
  const concerns = resolveCitations(parseCitations(header.title ?? ''), kb.documents).flatMap((r) => (r ? [r.documentId] : []));

  const missing: string[] = [];
  const notes = [...addressees.notes, ...deadline.notes, ...outline.notes];
  if (!header.number) missing.push('number');
  if (!header.issued) missing.push('issued');
  if (!addressees.units.length && !addressees.levels.length) {
    missing.push('addressees');
    notes.push(recipient ? `không xác định được đơn vị nào phải báo cáo từ "Kính gửi: ${recipient}"` : 'công văn không có dòng "Kính gửi"; ghi đơn vị phải báo cáo vào "units" hoặc "levels"');
  }
  if (!deadline.due && !deadline.dueOn) missing.push('deadline');
  if (frequency === 'once' && !period) missing.push('period');
  if (!outline.items.length) missing.push('outline');

  const duty: DutyInput | undefined = frequency !== 'once' || period ? {
    id: 'tra-loi',
    title: `Báo cáo theo đề nghị của Công văn ${header.number ?? `…/${header.symbol ?? ''}`}`,
    units: addressees.units,
    levels: addressees.levels,
    provinces: addressees.provinces,
    frequency,
    ...(period ? { period } : {}),
    ...(deadline.due ? { due: deadline.due } : {}),
    ...(deadline.dueOn ? { dueOn: deadline.dueOn } : {}),
    ...(issuerUnit ? { to: issuerUnit.name } : {}),
    basis: `Công văn ${header.number ?? `…/${header.symbol ?? ''}`}${deadline.evidence ? ` ("${deadline.evidence}")` : ''}`,
  } : undefined;

  return {
    number: header.number, issued: header.issued, issuerUnit: issuerUnit?.id,
    issuer: issuerUnit?.name ?? (header.issuerLines.length ? header.issuerLines.join(' ') : undefined),
    subject: subjectOf(lines, header.title), recipient, addressees, deadline, period, concerns,
    outline: outline.items, duty, missing, notes,
  };
}

/** A date line a PDF copy ran into the header's left column: "… năm 2022 Thanh Hóa, ngày 18 tháng 11 năm 2022". */
const DATE_TAIL = /\s+[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,4},\s*ngày\b.*$/u;

/**
 * The trích yếu as "Về việc …": the header's V/v title without a date line run into it, and with the
 * lower-case lines that continue it in a PDF copy ("… năm 2022" / "và phương hướng nhiệm vụ năm 2023").
 */
function subjectOf(lines: readonly Line[], title: string | undefined): string | undefined {
  if (!title) return undefined;
  let subject = title.replace(DATE_TAIL, '');
  const at = lines.findIndex((l) => /^(?:V\/v|Về việc)\b/iu.test(l.text));
  if (at >= 0 && lines[at].text.replace(DATE_TAIL, '').length < title.length) {
    // The title was cut at the date: take the continuation lines the header reader left.
    for (let i = at + 1; i < Math.min(lines.length, at + 3) && /^\p{Ll}/u.test(lines[i].text) && lines[i].text.length < 120; i++) {
      if (!subject.includes(lines[i].text)) subject = `${subject} ${lines[i].text.replace(DATE_TAIL, '')}`;
    }
  }
  return subject.replace(/^V\/v\s*/iu, 'Về việc ').replace(/\s+/g, ' ').trim();
}

/** Words that open the text proper after the addressees. */
const BODY_START = /^(?:Thực hiện|Căn cứ|Theo|Để|Nhằm|Triển khai|Ngày \d|Sở |Ủy ban|UBND tỉnh|Được|Sau khi|Trên cơ sở|Qua)/u;

/** "Kính gửi:" with its addressees on the same line and on the "- …" lines below it. */
function recipientOf(lines: readonly Line[]): string | undefined {
  const at = lines.findIndex((l) => /^Kính gửi\b/u.test(l.text));
  if (at < 0) return undefined;
  const parts = [lines[at].text.replace(/^Kính gửi\s*:?\s*/u, '')];
  // The list below: "- …" lines, or short lines ending in ";" / "." until the text proper starts.
  const bulleted = (text: string) => /^[-–+•]\s/.test(text);
  const listLine = (text: string) => bulleted(text) || (text.length < 160 && /[;,.]$/.test(text) && !BODY_START.test(text));
  for (let i = at + 1; i < lines.length && i <= at + 15 && listLine(lines[i].text); i++) {
    parts.push(lines[i].text);
    if (!bulleted(lines[i].text) && /\.$/.test(lines[i].text)) break;
  }
  const text = parts.map((p) => p.replace(/^[-–+•]\s*/u, '').replace(/[\s;,.]+$/u, '').trim()).filter(Boolean).join('; ');
  return text || undefined;
}

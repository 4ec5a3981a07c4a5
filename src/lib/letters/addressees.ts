import type { unitLevels } from '../../schemas/unit.ts';

type UnitLevel = (typeof unitLevels)[number];
import { unitExistsOn, unitUntil, successorsOn } from '../lineage.ts';
import type { Unit } from '../model.ts';
import { formatPartialDate } from '../partial-date.ts';
import { foldVietnamese } from '../text.ts';

/**
 * Who a request letter asks, resolved to units as they stood on the letter's date: whole levels and
 * kinds ("UBND các huyện, thị xã, thành phố" → every district-level unit of the letter's province;
 * "các sở, ban, ngành" → every department), and units named one by one. An addressee that matches
 * no unit alive that day is named in a note (with its successors when it ceased), never dropped.
 */
export interface Addressees {
  units: string[];
  levels: UnitLevel[];
  /** The province a level applies in: the letter's own. */
  provinces: string[];
  /** Addressees as printed that matched no unit. */
  unresolved: string[];
  notes: string[];
}

/** Whole levels and kinds, by the words a letter uses for them (folded, lower-case). */
const LEVEL_WORDS: [RegExp, UnitLevel][] = [
  [/\bcac huyen\b|\bcac huyen, thi xa, thanh pho\b|\bcac dia phuong\b|\bcap huyen\b/, 'huyen'],
  [/\bcac so\b|\bcac co quan chuyen mon\b|\bcac so, ban, nganh\b|\bcac so, nganh\b/, 'so'],
  [/\bcac xa\b|\bcac xa, phuong(?:, dac khu)?\b|\bcap xa\b/, 'xa'],
  [/\bcac tinh\b|\bcac tinh, thanh pho\b/, 'tinh'],
];

/** Addressees a request letter copies for information, not for a report ("Như trên", "Lưu: VT"). */
const NOT_OWING = /^(?:nhu tren|luu\b|giam doc|lanh dao so|ubnd tinh \(b\/c\)|.*\(b\/c\)|.*\(de b\/c\)|.*\(de biet\)|.*\(bao cao\))/;

/**
 * `recipient`: the words after "Kính gửi", parts split on ";" or line breaks ("- UBND các huyện…").
 * `province`: the letter's province (its issuer's); `day`: the letter's date (ISO; undefined if unknown).
 */
export function resolveAddressees(recipient: string, units: readonly Unit[], province: string | undefined, day: string | undefined): Addressees {
  const out: Addressees = { units: [], levels: [], provinces: [], unresolved: [], notes: [] };
  const byId = new Map(units.map((u) => [u.id, u]));
  const addUnit = (unit: Unit, printed: string) => {
    if (day && !unitExistsOn(unit, day)) {
      const successors = successorsOn(byId, unit.id, day);
      out.unresolved.push(printed);
      out.notes.push(`"${printed}" (${unit.id}) không còn hoạt động vào ngày công văn ${formatPartialDate(day)} (dừng sau ${formatPartialDate(unitUntil(unit))}); ${successors.length
        ? `đơn vị kế thừa: ${successors.map((s) => `${s.name} (${s.id})`).join(', ')}, ghi vào "units" nếu đúng là đơn vị phải báo cáo`
        : 'chưa rõ đơn vị kế thừa'}`);
    } else if (!out.units.includes(unit.id)) {
      out.units.push(unit.id);
    }
  };
  const unmatched = (printed: string) => {
    out.unresolved.push(printed);
    out.notes.push(`"${printed}" không khớp đơn vị nào trong units/; thêm đơn vị rồi ghi mã vào "units" của nghĩa vụ`);
  };
  for (const part of splitParts(recipient)) {
    const folded = fold(part);
    if (NOT_OWING.test(folded)) continue;
    // "UBND các huyện: Bình Sơn, Sơn Tịnh" names units one by one, not the whole level.
    const listed = /^(?:ubnd |uy ban nhan dan )?cac (huyen|xa|thi xa|thanh pho)\s*:\s*(.+)$/.exec(folded);
    if (listed) {
      for (const name of part.slice(part.length - listed[2].length).split(/,|;|\s+và\s+/u).map((n) => n.trim()).filter(Boolean)) {
        const unit = namedUnits(fold(`ubnd ${listed[1]} ${name}`), units, province, day)[0];
        if (unit) addUnit(unit.unit, `UBND ${listed[1] === 'xa' ? 'xã' : listed[1] === 'huyen' ? 'huyện' : listed[1] === 'thi xa' ? 'thị xã' : 'thành phố'} ${name}`);
        else unmatched(name);
      }
      continue;
    }
    const levels = LEVEL_WORDS.filter(([words]) => words.test(folded)).map(([, level]) => level);
    if (levels.length) {
      for (const level of levels) if (!out.levels.includes(level)) out.levels.push(level);
      // Provinces themselves ("UBND các tỉnh, thành phố") are not limited to one province.
      const local = levels.some((l) => l !== 'tinh');
      if (local && province && !out.provinces.includes(province)) out.provinces.push(province);
      if (local && !province) out.notes.push(`"${part}": không rõ tỉnh của công văn, nên chưa giới hạn theo tỉnh`);
      continue;
    }
    const named = namedUnits(folded, units, province, day);
    for (const { unit, at, length } of named) addUnit(unit, part.slice(at, at + length));
    // What no unit name covers ("Ban Quản lý Khu kinh tế Dung Quất", "UBND huyện X") is named as printed.
    const rest = leftover(part, named);
    if (rest) unmatched(rest);
  }
  return out;
}

function splitParts(recipient: string): string[] {
  return recipient
    .split(/[;\n]|\s+-\s+(?=\p{Lu})/u)
    .map((p) => p.replace(/\s+/g, ' ').replace(/^[\s\-–+•]+/, '').replace(/[\s.,;:]+$/, '').trim())
    .filter(Boolean);
}

function fold(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Every unit named in the part, longest names first and never overlapping ("Sở Công Thương, Sở Văn
 * hóa, Thể thao và Du lịch"), in the order printed; a short name counts only in the letter's province.
 */
function namedUnits(part: string, units: readonly Unit[], province: string | undefined, day: string | undefined): { unit: Unit; at: number; length: number }[] {
  // Two units of one name (a province before and after its 2025 merger): the one alive that day.
  const alive = (unit: Unit) => (!day || unitExistsOn(unit, day) ? 1 : 0);
  const names = units.flatMap((unit) => namesOf(unit, province).map((name) => ({ unit, name })))
    .sort((a, b) => b.name.length - a.name.length || alive(b.unit) - alive(a.unit));
  const found: { unit: Unit; at: number; length: number }[] = [];
  for (const { unit, name } of names) {
    const pattern = new RegExp(`(?:^|[^a-z0-9])(${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?=$|[^a-z0-9])`, 'g');
    for (const m of part.matchAll(pattern)) {
      const at = m.index + m[0].length - m[1].length;
      if (found.some((f) => at < f.at + f.length && f.at < at + name.length)) continue;
      found.push({ unit, at, length: name.length });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The part without the unit names found and the words that join them; empty when nothing is left. */
function leftover(part: string, named: readonly { at: number; length: number }[]): string {
  let rest = part;
  for (const { at, length } of [...named].sort((a, b) => b.at - a.at)) rest = `${rest.slice(0, at)} ${rest.slice(at + length)}`;
  const words = rest.replace(/\s+/g, ' ').replace(/^[\s,;.]+|[\s,;.]+$/g, '').replace(/^(?:và\s+)+|(?:\s+và)+$/u, '').trim();
  return /\p{L}{3,}/u.test(words) && !/^(?:và|các|tỉnh|thuộc tỉnh)$/iu.test(words) ? words : '';
}

/** "UBND huyện Bình Sơn" → ubnd huyen binh son, uy ban nhan dan huyen binh son; "Sở Công Thương tỉnh Quảng Ngãi" also → so cong thuong. */
function namesOf(unit: Unit, province: string | undefined): string[] {
  const name = fold(unit.name.replace(/\s*\([^)]*\)\s*$/, ''));
  const names = [name];
  // "UBND huyện Bình Sơn", "Ủy ban nhân dân huyện Bình Sơn", and "huyện Bình Sơn" after an "UBND" already said.
  if (name.startsWith('ubnd ')) names.push(`uy ban nhan dan ${name.slice(5)}`, name.slice(5));
  const short = /^(.+?) (?:tinh|thanh pho) [a-z ]+$/.exec(name);
  if (short && unit.level !== 'tinh' && unit.level !== 'huyen' && unit.province === province) names.push(short[1]);
  return names;
}

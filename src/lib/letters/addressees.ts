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
  for (const part of splitParts(recipient)) {
    const folded = fold(part);
    if (NOT_OWING.test(folded)) continue;
    const levels = LEVEL_WORDS.filter(([words]) => words.test(folded)).map(([, level]) => level);
    if (levels.length) {
      for (const level of levels) if (!out.levels.includes(level)) out.levels.push(level);
      if (province && !out.provinces.includes(province)) out.provinces.push(province);
      if (!province) out.notes.push(`"${part}": không rõ tỉnh của công văn, nên chưa giới hạn theo tỉnh`);
      continue;
    }
    const named = namedUnit(folded, units, province, day);
    if (!named) {
      out.unresolved.push(part);
      out.notes.push(`"${part}" không khớp đơn vị nào trong units/; thêm đơn vị rồi ghi mã vào "units" của nghĩa vụ`);
      continue;
    }
    if (day && !unitExistsOn(named, day)) {
      const successors = successorsOn(byId, named.id, day);
      out.unresolved.push(part);
      out.notes.push(`"${part}" (${named.id}) không còn hoạt động vào ngày công văn ${formatPartialDate(day)} (dừng sau ${formatPartialDate(unitUntil(named))}); ${successors.length
        ? `đơn vị kế thừa: ${successors.map((s) => `${s.name} (${s.id})`).join(', ')}, ghi vào "units" nếu đúng là đơn vị phải báo cáo`
        : 'chưa rõ đơn vị kế thừa'}`);
      continue;
    }
    if (!out.units.includes(named.id)) out.units.push(named.id);
  }
  return out;
}

function splitParts(recipient: string): string[] {
  return recipient
    .split(/[;\n]|\s+-\s+(?=\p{Lu})/u)
    .map((p) => p.replace(/^[\s\-–+•]+/, '').replace(/[\s.,;:]+$/, '').trim())
    .filter(Boolean);
}

function fold(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The unit whose name the part holds, the longest name winning; a short name only in the letter's province. */
function namedUnit(part: string, units: readonly Unit[], province: string | undefined, day: string | undefined): Unit | undefined {
  // Two units of one name (a province before and after its 2025 merger): the one alive that day.
  const alive = (unit: Unit) => (!day || unitExistsOn(unit, day) ? 1 : 0);
  const found = units
    .flatMap((unit) => namesOf(unit, province).map((name) => ({ unit, name })))
    .filter(({ name }) => new RegExp(`(?:^|[^a-z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z0-9])`).test(part))
    .sort((a, b) => b.name.length - a.name.length || alive(b.unit) - alive(a.unit));
  return found[0]?.unit;
}

/** "UBND huyện Bình Sơn" → ubnd huyen binh son, uy ban nhan dan huyen binh son; "Sở Công Thương tỉnh Quảng Ngãi" also → so cong thuong. */
function namesOf(unit: Unit, province: string | undefined): string[] {
  const name = fold(unit.name.replace(/\s*\([^)]*\)\s*$/, ''));
  const names = [name];
  if (name.startsWith('ubnd ')) names.push(`uy ban nhan dan ${name.slice(5)}`);
  const short = /^(.+?) (?:tinh|thanh pho) [a-z ]+$/.exec(name);
  if (short && unit.level !== 'tinh' && unit.level !== 'huyen' && unit.province === province) names.push(short[1]);
  return names;
}

/**
 * Synthetic provinces and their units, with the 2025 reorganisation: district-level units end on
 * 30/6/2025 and communes take over from 1/7/2025; some provinces merge in pairs into a new one,
 * the rest stay unchanged (as Thanh Hóa did). Some successors are left unknown, as in real records.
 */
import type { UnitInput } from '../../schemas/unit.ts';
import { slugify } from '../../lib/text.ts';
import { placeName } from './names.ts';
import type { Random } from './random.ts';

export const REFORM_END = '2025-06-30';
export const REFORM_START = '2025-07-01';

/** A generated unit: the fields of units/*.yaml plus what the report writer needs. */
export interface GenUnit extends Omit<UnitInput, 'successors'> {
  successors: string[];
  /** Symbol part of its report numbers (BC-UBND, BC-SNgV). */
  symbol: string;
  /** The place printed in its date line. */
  place: string;
  /** The capacity lines of its signature block. */
  capacity: string[];
  /** The unit that receives its reports (the Sở Ngoại vụ of its province at the time). */
  reportsTo?: string;
}

export interface GenProvince {
  id: string;
  /** "Hòa Lâm" */
  name: string;
  /** The units listed in units/<id>.yaml. */
  units: GenUnit[];
}

const departments = [
  { key: 'ngoai-vu', name: 'Sở Ngoại vụ', symbol: 'BC-SNgV' },
  { key: 'cong-thuong', name: 'Sở Công Thương', symbol: 'BC-SCT' },
  { key: 'ke-hoach-dau-tu', name: 'Sở Kế hoạch và Đầu tư', symbol: 'BC-SKHĐT' },
  { key: 'van-hoa', name: 'Sở Văn hóa, Thể thao và Du lịch', symbol: 'BC-SVHTTDL' },
  { key: 'giao-duc', name: 'Sở Giáo dục và Đào tạo', symbol: 'BC-SGDĐT' },
] as const;

const ubndCapacity = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];

/** Draws a place name whose slug is not taken yet, and takes it. */
function freshPlace(random: Random, taken: Set<string>): { name: string; id: string } {
  for (let attempt = 0; ; attempt++) {
    const name = placeName(random);
    const id = attempt < 50 ? slugify(name) : `${slugify(name)}-${attempt}`;
    if (!taken.has(id)) {
      taken.add(id);
      return { name, id };
    }
  }
}

/** The province-level units (UBND tỉnh, the sở, the steering committee) of one province. */
function provinceUnits(id: string, name: string, extra: Partial<GenUnit>, label = `tỉnh ${name}`): GenUnit[] {
  const province: GenUnit = { id, name: `UBND ${label}`, level: 'tinh', province: id, successors: [], symbol: 'BC-UBND', place: name, capacity: ubndCapacity, ...extra };
  const sngv = `so-ngoai-vu-${id}`;
  province.reportsTo = sngv;
  const sos = departments.map((d): GenUnit => ({
    id: `so-${d.key}-${id}`, name: `${d.name} ${label}`, level: 'so', parent: id, province: id, successors: [],
    symbol: d.symbol, place: name, capacity: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], reportsTo: d.key === 'ngoai-vu' ? id : sngv, ...extra,
  }));
  const steering: GenUnit = {
    id: `bcd-hnqt-${id}`, name: `Ban Chỉ đạo về hội nhập quốc tế ${label}`, level: 'ban-chi-dao', parent: id, province: id,
    successors: [], symbol: 'BC-BCĐ', place: name, capacity: ['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'GIÁM ĐỐC SỞ NGOẠI VỤ'], reportsTo: sngv, ...extra,
  };
  return [province, ...sos, steering];
}

/** Links the units of an old province to their counterparts in the province that replaced it. */
function endWithSuccessors(units: GenUnit[], oldId: string, newId: string): void {
  for (const unit of units) {
    unit.until = REFORM_END;
    unit.successors = [unit.id === oldId ? newId : unit.id.replace(new RegExp(`${oldId}$`), newId)];
  }
}

/**
 * `count` provinces of `districts` districts each, taken three at a time: the first two of each
 * three merge into a new province on 1/7/2025 (named after the first), the third stays unchanged.
 */
export function generateProvinces(random: Random, count: number, districts: number): GenProvince[] {
  const taken = new Set<string>(centralUnits.map((u) => u.id));
  const provinces: GenProvince[] = [];
  for (let first = 0; first < count; first += 3) {
    const group = Array.from({ length: Math.min(3, count - first) }, (): GenProvince => {
      const { name, id } = freshPlace(random, taken);
      return { id, name, units: provinceUnits(id, name, {}) };
    });
    const merging = group.length >= 2 ? group.slice(0, 2) : [];
    let merged: GenProvince | undefined;
    if (merging.length) {
      const [a] = merging;
      const id = `${a.id}-2025`;
      taken.add(id);
      merged = { id, name: a.name, units: provinceUnits(id, a.name, { from: REFORM_START }, `tỉnh ${a.name} (từ 01/7/2025)`) };
      merged.units[0].note = 'Tỉnh hình thành ngày 01/7/2025 do hợp nhất hai tỉnh (dữ liệu giả lập).';
      for (const old of merging) endWithSuccessors(old.units, old.id, id);
    }
    for (const province of group) {
      const successorProvince = merging.includes(province) ? merged!.id : province.id;
      for (let d = 0; d < districts; d++) province.units.push(...districtWithCommunes(random, taken, province.id, successorProvince));
    }
    provinces.push(...merging, ...(merged ? [merged] : []), ...group.slice(merging.length));
  }
  return provinces;
}

/** A district (huyện) that ends on 30/6/2025, and the communes that took over, where known. */
function districtWithCommunes(random: Random, taken: Set<string>, provinceId: string, successorProvince: string): GenUnit[] {
  const { name, id } = freshPlace(random, taken);
  const known = random.chance(0.75);
  const communes: GenUnit[] = known
    ? Array.from({ length: random.int(2, 5) }, () => {
        const commune = freshPlace(random, taken);
        return {
          id: commune.id, name: `UBND xã ${commune.name}`, level: 'xa', parent: successorProvince, province: successorProvince,
          from: REFORM_START, successors: [], symbol: 'BC-UBND', place: commune.name, capacity: ubndCapacity,
          reportsTo: `so-ngoai-vu-${successorProvince}`,
        } satisfies GenUnit;
      })
    : [];
  const district: GenUnit = {
    id, name: `UBND huyện ${name}`, level: 'huyen', parent: provinceId, province: provinceId, until: REFORM_END,
    successors: communes.map((c) => c.id), symbol: 'BC-UBND', place: name, capacity: ubndCapacity, reportsTo: `so-ngoai-vu-${provinceId}`,
    note: known ? undefined : 'Cấp huyện dừng hoạt động từ 01/7/2025; các xã kế thừa chưa được xác nhận.',
  };
  return [district, ...communes];
}

/** The central bodies reports address requests to. */
export const centralUnits: GenUnit[] = [
  { id: 'bo-ngoai-giao', name: 'Bộ Ngoại giao', level: 'trung-uong', successors: [], symbol: '', place: 'Hà Nội', capacity: [] },
];

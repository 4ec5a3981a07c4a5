/**
 * Name pools for synthetic units and signers. Place names are built from common syllables of
 * Vietnamese place names, so they read naturally; any match with a real place is a coincidence,
 * and the generated units file says the data is synthetic.
 */
import type { Random } from './random.ts';

export const placeFirst = [
  'An', 'Bình', 'Đông', 'Tây', 'Nam', 'Bắc', 'Phước', 'Hòa', 'Tân', 'Thạch', 'Hương', 'Sơn', 'Quế', 'Nghĩa',
  'Đức', 'Mỹ', 'Trà', 'Minh', 'Vĩnh', 'Thuận', 'Lộc', 'Hải', 'Kim', 'Hoài', 'Phù', 'Tuy', 'Cam', 'Diên',
  'Ninh', 'Thanh', 'Long', 'Yên', 'Quang', 'Hậu', 'Cẩm', 'Thọ', 'Như', 'Ngọc', 'Hà', 'Phú', 'Xuân', 'Đại',
  'Gia', 'Lâm', 'Hưng', 'Vạn', 'Trung', 'Châu', 'Hồng', 'Lạc', 'Tiên', 'Khánh', 'Định', 'Tịnh', 'Mộ',
] as const;

export const placeSecond = [
  'Sơn', 'Hòa', 'Lâm', 'Thành', 'Phú', 'Xuân', 'Hải', 'Giang', 'Mỹ', 'Lợi', 'Tường', 'Điền', 'Bình', 'Khê',
  'Ninh', 'Lạc', 'Yên', 'Thủy', 'Đức', 'Phong', 'Hưng', 'Châu', 'Trung', 'Lương', 'Nghĩa', 'Thịnh', 'Vinh',
  'An', 'Hiệp', 'Phước', 'Tân', 'Long', 'Quang', 'Hà', 'Định', 'Thuận', 'Cường', 'Hội', 'Minh', 'Tiến',
] as const;

const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lương', 'Mai'] as const;
const middles = ['Văn', 'Thị', 'Quang', 'Minh', 'Đức', 'Thanh', 'Hữu', 'Ngọc', 'Xuân', 'Công', 'Viết', 'Thành', 'Hoài', 'Kim', 'Đình', 'Anh'] as const;
const givens = [
  'Sự', 'Vy', 'Rân', 'Hùng', 'Dũng', 'Hải', 'Lan', 'Hương', 'Tuấn', 'Thắng', 'Bình', 'Phương', 'Khoa', 'Nam', 'Hòa',
  'Tâm', 'Trung', 'Long', 'Hà', 'Quân', 'Đạt', 'Hiếu', 'Thảo', 'Nhân', 'Nghĩa', 'Sơn', 'Thủy', 'Linh', 'Hạnh', 'Trí',
] as const;

/** A two-syllable place name ("Bình Sơn"), never the same syllable twice. */
export function placeName(random: Random): string {
  for (;;) {
    const first = random.pick(placeFirst);
    const second = random.pick(placeSecond);
    if (first !== second) return `${first} ${second}`;
  }
}

/** A person's full name as printed under a signature. */
export function personName(random: Random): string {
  return `${random.pick(surnames)} ${random.pick(middles)} ${random.pick(givens)}`;
}

/** Partner countries and localities that foreign-affairs reports of a province often name. */
export const partners = [
  'Nhật Bản', 'Hàn Quốc', 'Lào', 'Campuchia', 'Thái Lan', 'Singapore', 'Ấn Độ', 'Australia', 'Hoa Kỳ', 'Pháp',
  'Đức', 'Bỉ', 'Vương quốc Anh', 'Canada', 'New Zealand', 'Trung Quốc', 'Italia', 'Hà Lan', 'Thụy Sĩ', 'Malaysia',
] as const;

/** Kinds of foreign partner named in prose and tables (no real organisation is named). */
export const partnerKinds = [
  'tổ chức phi chính phủ', 'quỹ hỗ trợ phát triển', 'hiệp hội doanh nghiệp', 'trường đại học', 'cơ quan đại diện ngoại giao',
  'tổng lãnh sự quán', 'tổ chức tình nguyện', 'quỹ từ thiện', 'hội hữu nghị', 'địa phương kết nghĩa',
] as const;

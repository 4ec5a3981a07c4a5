/**
 * What units report on, how often, under which directives (by period: Chỉ thị 04 gives way to
 * Chỉ thị 12 in 2022, Nghị định 93 to Nghị định 80 in September 2020, Nghị quyết 22 to 59 in 2025),
 * and which units file each kind.
 */
import type { Period } from '../../lib/period.ts';
import type { GenUnit } from './units.ts';

export interface Topic {
  /** The slug ending a report's file name. */
  key: string;
  frequency: 'half' | 'year';
  /** The Sở Ngoại vụ office code on its request letters (SNgV-HTQT). */
  office: string;
  /** What the work is called in titles and letters. */
  subject: (period: Period) => string;
  /** The report's title (trích yếu); `scope` is "trên địa bàn huyện", "của Sở"…; `plan` cites the province plan. */
  title: (period: Period, next: Period, scope: string, plan?: string) => string;
  /** Real documents a report for `period` carries out, by id. */
  directives: (period: Period) => string[];
  /** The province plan a report for this topic also carries out, if any. */
  plan?: 'ct12' | 'year';
  themes: readonly string[];
  /** Whether the unit files this kind of report. */
  files: (unit: GenUnit) => boolean;
}

const isDept = (unit: GenUnit, ...keys: string[]) => unit.level === 'so' && keys.some((k) => unit.id.startsWith(`so-${k}-`));

/** Before Nghị định 80/2020 the aid was called "viện trợ phi chính phủ nước ngoài". */
const aidWork = (p: Period) => (p.start < '2020-07-01'
  ? 'tiếp nhận, quản lý và sử dụng viện trợ phi chính phủ nước ngoài'
  : 'tiếp nhận, quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức');

export const topics: Topic[] = [
  {
    key: 'hoi-nhap', frequency: 'half', office: 'HTQT',
    subject: () => 'công tác hội nhập quốc tế',
    title: (p, next, scope) => `Tình hình, kết quả triển khai công tác hội nhập quốc tế ${scope} ${p.label}, phương hướng nhiệm vụ ${next.label}`,
    directives: (p) => (p.end < '2025-01-24' ? ['nq-22-2013'] : ['nq-59-2025']),
    themes: ['tuyen-truyen', 'kinh-te', 'xuc-tien', 'quoc-phong', 'van-hoa', 'giao-duc', 'moi-truong', 'lao-dong'],
    files: (u) => ['huyen', 'xa', 'ban-chi-dao'].includes(u.level) || isDept(u, 'cong-thuong', 'ke-hoach-dau-tu', 'van-hoa', 'giao-duc'),
  },
  {
    key: 'doi-ngoai-nhan-dan', frequency: 'year', office: 'ĐN', plan: 'ct12',
    subject: () => 'công tác đối ngoại nhân dân',
    title: (p, _next, _scope, plan) => (plan
      ? `Kết quả thực hiện ${plan} về thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư ${p.label}`
      : `Kết quả thực hiện Chỉ thị số 04-CT/TW của Ban Bí thư về công tác đối ngoại nhân dân ${p.label}`),
    directives: (p) => (p.start < '2022-01-01' ? ['ct-04-2011'] : ['ct-12-2022']),
    themes: ['tuyen-truyen', 'huu-nghi', 'nguoi-viet', 'vien-tro', 'thong-tin-doi-ngoai', 'van-hoa', 'nhan-luc'],
    files: (u) => ['tinh', 'huyen'].includes(u.level) || isDept(u, 'ngoai-vu', 'van-hoa'),
  },
  {
    key: 'vien-tro', frequency: 'half', office: 'HTQT',
    subject: (p) => `công tác ${aidWork(p)}`,
    title: (p, _next, scope) => `Tình hình ${aidWork(p)} ${scope} ${p.label}`,
    directives: (p) => (p.start < '2020-07-01' ? ['nd-93-2009'] : p.start < '2022-07-01' ? ['nd-80-2020'] : ['nd-80-2020', 'tt-23-2022']),
    themes: ['vien-tro', 'huu-nghi', 'giao-duc', 'moi-truong', 'doan-ra-doan-vao'],
    files: (u) => ['tinh', 'huyen'].includes(u.level) || isDept(u, 'ke-hoach-dau-tu', 'ngoai-vu'),
  },
  {
    key: 'thong-tin-doi-ngoai', frequency: 'year', office: 'HTQT', plan: 'year',
    subject: () => 'công tác thông tin đối ngoại',
    title: (p, next, scope) => `Kết quả công tác thông tin đối ngoại ${scope} ${p.label} và phương hướng, nhiệm vụ ${next.label}`,
    directives: () => [],
    themes: ['thong-tin-doi-ngoai', 'tuyen-truyen', 'xuc-tien', 'van-hoa', 'nhan-luc'],
    files: (u) => u.level === 'huyen' || isDept(u, 'ngoai-vu', 'van-hoa'),
  },
  {
    key: 'doi-ngoai', frequency: 'half', office: 'HTQT', plan: 'year',
    subject: () => 'công tác đối ngoại',
    title: (p, next, scope) => `Kết quả công tác đối ngoại ${scope} ${p.label} và nhiệm vụ trọng tâm ${next.label}`,
    directives: () => [],
    themes: ['doan-ra-doan-vao', 'huu-nghi', 'nguoi-viet', 'quoc-phong', 'xuc-tien', 'nhan-luc', 'thong-tin-doi-ngoai'],
    files: (u) => ['huyen', 'xa'].includes(u.level) || isDept(u, 'ngoai-vu'),
  },
];

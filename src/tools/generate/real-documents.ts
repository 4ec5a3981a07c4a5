/**
 * The real documents generated reports cite, under the ids the project's own content uses, so
 * links, lineage and duties behave as they do on the real site. Facts are those of
 * /work/shared/facts/directives.md; fields no source confirmed are left out.
 */
import type { DocumentFrontmatter } from '../../schemas/document.ts';

export type DocumentData = Partial<DocumentFrontmatter> & Pick<DocumentFrontmatter, 'number' | 'kind' | 'issuer' | 'issued' | 'subject'>;

export interface RealDocument {
  id: string;
  data: DocumentData;
  /** How reports cite it: "Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị". */
  citation: string;
  /** Short name used after the first mention ("Nghị quyết 22"). */
  short: string;
}

export const realDocuments: RealDocument[] = [
  {
    id: 'nq-22-2013', short: 'Nghị quyết 22',
    citation: 'Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế',
    data: { number: '22-NQ/TW', kind: 'nghi-quyet', issuer: 'Bộ Chính trị (khóa XI)', issued: '2013-04-10', status: 'superseded', successors: ['nq-59-2025'], guidance: ['nq-31-2014'], subject: 'Về hội nhập quốc tế' },
  },
  {
    id: 'nq-31-2014', short: 'Nghị quyết 31/NQ-CP',
    citation: 'Nghị quyết số 31/NQ-CP ngày 13/5/2014 của Chính phủ',
    data: { number: '31/NQ-CP', kind: 'nghi-quyet', issuer: 'Chính phủ', issued: '2014-05-13', subject: 'Chương trình hành động của Chính phủ thực hiện Nghị quyết số 22-NQ/TW của Bộ Chính trị về hội nhập quốc tế' },
  },
  {
    id: 'nq-59-2025', short: 'Nghị quyết 59',
    citation: 'Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế trong tình hình mới',
    data: { number: '59-NQ/TW', kind: 'nghi-quyet', issuer: 'Bộ Chính trị', issued: '2025-01-24', status: 'in-force', predecessors: ['nq-22-2013'], subject: 'Về hội nhập quốc tế trong tình hình mới' },
  },
  {
    id: 'ct-44-1994', short: 'Chỉ thị 44',
    citation: 'Chỉ thị số 44-CT/TW ngày 20/9/1994 của Ban Bí thư',
    data: { number: '44-CT/TW', kind: 'chi-thi', issuer: 'Ban Bí thư (khóa VII)', issued: '1994-09-20', status: 'superseded', successors: ['ct-04-2011'], subject: 'Về công tác đối ngoại nhân dân' },
  },
  {
    id: 'ct-04-2011', short: 'Chỉ thị 04',
    citation: 'Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư về tiếp tục đổi mới và nâng cao hiệu quả công tác đối ngoại nhân dân trong tình hình mới',
    data: { number: '04-CT/TW', kind: 'chi-thi', issuer: 'Ban Bí thư (khóa XI)', issued: '2011-07-06', status: 'superseded', predecessors: ['ct-44-1994'], successors: ['ct-12-2022'], guidance: ['hd-01-2011'], subject: 'Về tiếp tục đổi mới và nâng cao hiệu quả công tác đối ngoại nhân dân trong tình hình mới' },
  },
  {
    id: 'hd-01-2011', short: 'Hướng dẫn 01',
    citation: 'Hướng dẫn số 01-HD/BĐNTW ngày 19/7/2011 của Ban Đối ngoại Trung ương',
    data: { number: '01-HD/BĐNTW', kind: 'huong-dan', issuer: 'Ban Đối ngoại Trung ương', issued: '2011-07-19', subject: 'Hướng dẫn thực hiện Chỉ thị 04-CT/TW của Ban Bí thư về công tác đối ngoại nhân dân' },
  },
  {
    id: 'ct-12-2022', short: 'Chỉ thị 12',
    citation: 'Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới',
    data: { number: '12-CT/TW', kind: 'chi-thi', issuer: 'Ban Bí thư (khóa XIII)', issued: '2022-01-05', status: 'in-force', predecessors: ['ct-04-2011'], subject: 'Về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới' },
  },
  {
    id: 'nd-93-2009', short: 'Nghị định 93',
    citation: 'Nghị định số 93/2009/NĐ-CP ngày 22/10/2009 của Chính phủ',
    data: { number: '93/2009/NĐ-CP', kind: 'nghi-dinh', issuer: 'Chính phủ', issued: '2009-10-22', status: 'superseded', successors: ['nd-80-2020'], subject: 'Ban hành Quy chế quản lý và sử dụng viện trợ phi chính phủ nước ngoài' },
  },
  {
    id: 'nd-80-2020', short: 'Nghị định 80',
    citation: 'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ về quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức của các cơ quan, tổ chức, cá nhân nước ngoài dành cho Việt Nam',
    data: {
      number: '80/2020/NĐ-CP', kind: 'nghi-dinh', issuer: 'Chính phủ', issued: '2020-07-08', inForce: '2020-09-17', status: 'in-force',
      predecessors: ['nd-93-2009'], guidance: ['tt-23-2022'],
      subject: 'Về quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức của các cơ quan, tổ chức, cá nhân nước ngoài dành cho Việt Nam',
      duties: [
        { id: 'bao-cao-nam', title: 'Báo cáo năm về tiếp nhận, giải ngân và sử dụng viện trợ; tổng hợp năm', units: [], levels: ['tinh'], provinces: [], frequency: 'year', dueDays: 15, since: '2020', to: 'Bộ Kế hoạch và Đầu tư, Bộ Tài chính', basis: 'Khoản 9 Điều 13' },
        { id: 'chu-khoan-6-thang', title: 'Báo cáo của chủ khoản viện trợ về tiếp nhận, thực hiện, giải ngân (6 tháng và năm)', units: [], levels: [], provinces: [], frequency: 'half-year', to: 'Cơ quan chủ quản', basis: 'Khoản 4 Điều 14' },
      ],
    },
  },
  {
    id: 'tt-23-2022', short: 'Thông tư 23',
    citation: 'Thông tư số 23/2022/TT-BTC ngày 06/4/2022 của Bộ Tài chính',
    data: {
      number: '23/2022/TT-BTC', kind: 'thong-tu', issuer: 'Bộ Tài chính', issued: '2022-04-06', inForce: '2022-05-20', status: 'in-force',
      subject: 'Hướng dẫn quản lý tài chính nhà nước đối với viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức của các cơ quan, tổ chức, cá nhân nước ngoài dành cho Việt Nam',
    },
  },
];

export const realDocument = (id: string): RealDocument => {
  const found = realDocuments.find((d) => d.id === id);
  if (!found) throw new Error(`unknown real document ${id}`);
  return found;
};

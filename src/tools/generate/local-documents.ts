/**
 * Invented provincial documents, made when a report first needs one: the Sở Ngoại vụ's letters
 * asking units to report (công văn đề nghị) and the province's plans (kế hoạch). Each is seeded by
 * its own key, so it comes out the same whichever report asks for it first.
 */
import type { Period } from '../../lib/period.ts';
import { dayBetween, printedDate } from './dates.ts';
import { createRandom } from './random.ts';
import type { DocumentData } from './real-documents.ts';
import type { Topic } from './topics.ts';

export interface LocalDocument {
  id: string;
  data: DocumentData;
  /** "Công văn số 435/SNgV-HTQT ngày 08/6/2022 của Sở Ngoại vụ tỉnh Hòa Lâm" */
  citation: string;
  body: string;
}

/** The province a document belongs to, as the registry needs it. */
export interface ProvinceRef {
  id: string;
  label: string;
  /** Its Sở Ngoại vụ, by id. */
  sngv: string;
  /** First day it existed (a merged province), if later than the reports' first period. */
  from?: string;
}

const SYNTHETIC = 'Văn bản giả lập do lệnh `kb generate` tạo để đo hiệu năng; số, ngày và nội dung không có thật.';

export function createLocalDocuments(seed: string) {
  const documents = new Map<string, LocalDocument>();
  const takenIds = new Set<string>();

  const register = (key: string, make: (random: ReturnType<typeof createRandom>) => Omit<LocalDocument, 'id'> & { idBase: string }): LocalDocument => {
    const existing = documents.get(key);
    if (existing) return existing;
    const random = createRandom(`${seed}:${key}`);
    const { idBase, ...made } = make(random);
    let id = idBase;
    for (let i = 2; takenIds.has(id); i++) id = `${idBase}-${i}`;
    takenIds.add(id);
    const doc = { id, ...made };
    documents.set(key, doc);
    return doc;
  };

  /** The letter asking the `units` of a province to report on a topic for a period. */
  const request = (province: ProvinceRef, topic: Topic, period: Period, units: () => string[]): LocalDocument =>
    register(`request:${province.id}:${topic.key}:${period.id}`, (random) => {
      const year = Number(period.end.slice(0, 4));
      const [from, to] = period.id.endsWith('H1') ? [`${year}-04-15`, `${year}-05-31`] : [`${year}-10-01`, `${year}-11-10`];
      const issued = dayBetween(random, province.from && province.from > from ? province.from : from, to);
      const number = `${random.int(100, 2999)}/SNgV-${topic.office}`;
      const subject = `Về việc báo cáo ${topic.subject(period)} ${period.label}`;
      const issuer = `Sở Ngoại vụ ${province.label}`;
      return {
        idBase: `cv-${number.split('/')[0]}-${year}-${province.id}`,
        citation: `Công văn số ${number} ngày ${printedDate(issued)} của ${issuer}`,
        data: {
          number, kind: 'cong-van', issuer, issuerUnit: province.sngv, issued, status: 'unknown', subject,
          duties: [{ id: 'tra-loi', title: `Báo cáo theo đề nghị của Công văn ${number}`, units: units(), levels: [], provinces: [], frequency: 'once', period: period.id, to: issuer, basis: `Công văn ${number}` }],
        },
        body: `## Nội dung\n\n${issuer} đề nghị các cơ quan, đơn vị báo cáo ${topic.subject(period)} ${period.label}.\n\n${SYNTHETIC}\n`,
      };
    });

  /** The province's plan carrying out Chỉ thị 12-CT/TW, or its yearly plan for foreign affairs. */
  const plan = (province: ProvinceRef & { unit: string }, kind: 'ct12' | 'year', year: number): LocalDocument =>
    register(`plan:${province.id}:${kind}:${kind === 'year' ? year : 2022}`, (random) => {
      const [from, to] = kind === 'ct12' ? ['2022-02-10', '2022-05-31'] : [`${year}-01-10`, `${year}-02-28`];
      const start = province.from && province.from > from ? province.from : from;
      const issued = dayBetween(random, start, start > to ? `${year}-08-31` : to);
      const number = `${random.int(10, 299)}/KH-UBND`;
      const subject = kind === 'ct12'
        ? 'Thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới'
        : `Kế hoạch hoạt động đối ngoại năm ${year}`;
      const issuer = `UBND ${province.label}`;
      return {
        idBase: `kh-${number.split('/')[0]}-${issued.slice(0, 4)}-${province.id}`,
        citation: `Kế hoạch số ${number} ngày ${printedDate(issued)} của ${issuer}`,
        data: { number, kind: 'ke-hoach', issuer, issuerUnit: province.unit, issued, status: 'unknown', subject, predecessors: [], guidance: [] },
        body: `## Nội dung\n\n${subject}.\n\n${SYNTHETIC}\n`,
      };
    });

  return { request, plan, all: () => [...documents.values()] };
}

export type LocalDocuments = ReturnType<typeof createLocalDocuments>;

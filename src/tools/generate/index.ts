/**
 * `kb generate`: a realistic synthetic content tree for benchmarks, in the real layout (units/,
 * directives/, reports/). Pure apart from the files it yields: the caller writes them. Seeded, so
 * the same options give the same tree. Reports are yielded one at a time and not kept, so a tree
 * of tens of thousands of reports is written in bounded memory.
 */
import { stringify } from 'yaml';
import { parsePeriod, type Period } from '../../lib/period.ts';
import { createLocalDocuments, type ProvinceRef } from './local-documents.ts';
import { createRandom } from './random.ts';
import { realDocument, realDocuments, type DocumentData } from './real-documents.ts';
import { writeReport, type OpenTask } from './report.ts';
import { topics, type Topic } from './topics.ts';
import { centralUnits, generateProvinces, type GenProvince, type GenUnit } from './units.ts';

export interface GenerateOptions {
  /** How many reports to write. */
  reports: number;
  /** Seed of the pseudo-random generator (default "kb"). */
  seed?: string;
}

export interface GeneratedFile {
  /** Path under the content root. */
  path: string;
  text: string;
}

export interface GenerateSummary {
  reports: number;
  confidential: number;
  provinces: number;
  units: number;
  documents: number;
  tasks: number;
  progress: number;
}

interface Slot { unit: GenUnit; topic: Topic; period: Period }

/** Half-years 2016-H1 … 2026-H1 and years 2016 … 2025, in the order their reports are written. */
const periods: Period[] = [
  ...Array.from({ length: 21 }, (_, i) => parsePeriod(`${2016 + Math.floor(i / 2)}-H${(i % 2) + 1}`)!),
  ...Array.from({ length: 10 }, (_, i) => parsePeriod(String(2016 + i))!),
].sort((a, b) => a.end.localeCompare(b.end) || (a.kind === 'half' ? -1 : 1));

const nextPeriod = (p: Period) => parsePeriod(p.kind === 'year'
  ? String(Number(p.id) + 1)
  : p.id.endsWith('H1') ? p.id.replace('H1', 'H2') : `${Number(p.id.slice(0, 4)) + 1}-H1`)!;

const active = (unit: GenUnit, period: Period) => period.start >= (unit.from ?? '0000') && period.end <= (unit.until ?? '9999');

function slotsOf(provinces: GenProvince[]): Slot[] {
  const units = provinces.flatMap((p) => p.units);
  return periods.flatMap((period) => units.flatMap((unit) => topics
    .filter((topic) => (topic.frequency === 'half') === (period.kind === 'half') && topic.files(unit) && active(unit, period))
    .map((topic) => ({ unit, topic, period }))));
}

/** Enough provinces that about one slot in seven stays empty (a report never sent). */
function layout(seed: string, reports: number): { provinces: GenProvince[]; slots: Slot[] } {
  const districts = Math.min(12, Math.max(2, Math.round(Math.sqrt(reports) / 8)));
  for (let count = Math.max(3, Math.ceil(reports / 1500)); ; count++) {
    const provinces = generateProvinces(createRandom(`${seed}:units:${count}:${districts}`), count, districts);
    const slots = slotsOf(provinces);
    if (slots.length >= Math.ceil(reports * 1.15)) return { provinces, slots };
  }
}

export function* generateContent(options: GenerateOptions): Generator<GeneratedFile, GenerateSummary> {
  const seed = options.seed ?? 'kb';
  const { provinces, slots } = layout(seed, options.reports);
  const picked = createRandom(`${seed}:select`).shuffle(slots.map((_, i) => i)).slice(0, options.reports).sort((a, b) => a - b);
  const documents = createLocalDocuments(seed);
  const byId = new Map(provinces.map((p) => [p.id, p]));
  const ref = (id: string): ProvinceRef & { unit: string } => {
    const p = byId.get(id)!;
    return { id, label: `tỉnh ${p.name}`, sngv: `so-ngoai-vu-${id}`, unit: id, from: p.units[0].from };
  };
  const lastPublic = new Map<string, OpenTask[]>();
  const lastDay = new Map<string, string>();
  const takenNumbers = new Set<string>();
  const summary: GenerateSummary = { reports: 0, confidential: 0, provinces: provinces.length, units: 0, documents: 0, tasks: 0, progress: 0 };

  for (const index of picked) {
    const { unit, topic, period } = slots[index];
    const province = ref(unit.province!);
    const id = `${unit.province}/${unit.id}/${period.id.toLowerCase()}-${topic.key}`;
    const random = createRandom(`${seed}:report:${id}`);
    const isSngv = unit.id === province.sngv;
    const filing = () => byId.get(province.id)!.units.filter((u) => u.id !== province.sngv && u.level !== 'tinh' && topic.files(u) && active(u, period)).map((u) => u.id);
    const request = isSngv || unit.level === 'tinh' ? undefined : documents.request(province, topic, period, filing);
    const plan = topic.plan === 'year' ? documents.plan(province, 'year', Number(period.end.slice(0, 4)))
      : topic.plan === 'ct12' && period.start >= '2022-01-01' ? documents.plan(province, 'ct12', 2022) : undefined;
    const real = topic.directives(period);
    const earlier = lastPublic.get(unit.id) ?? [];
    // About one report in thirty is confidential, spread evenly so even a small tree has some.
    const confidential = summary.reports % 31 === 15;
    const { text, tasks, progress, day, fullyDated } = writeReport({
      random, takenNumbers, id, unit, topic, period, next: nextPeriod(period), provinceLabel: province.label,
      request: request && { id: request.id, citation: request.citation },
      directives: [...real, ...(plan ? [plan.id] : [])],
      citations: [...real.map((d) => realDocument(d).citation), ...(plan ? [plan.citation] : [])],
      planCitation: topic.plan === 'ct12' ? plan?.citation : undefined,
      recipient: unit.level === 'tinh' ? 'Bộ Ngoại giao' : isSngv ? `UBND ${province.label}` : `Sở Ngoại vụ ${province.label}`,
      owners: { sngv: isSngv ? undefined : province.sngv, province: province.unit, central: centralUnits[0].id },
      earlier, confidential, after: lastDay.get(unit.id),
    });
    lastDay.set(unit.id, day);
    // Progress on the previous public report is told once. A confidential report's tasks are never
    // followed up by a public one, so nothing public points into confidential content; nor are the
    // tasks of a copy dated only by month or year, which the tracker cannot place before the next.
    if (confidential || !fullyDated) lastPublic.delete(unit.id);
    else lastPublic.set(unit.id, tasks);
    summary.reports++;
    summary.confidential += confidential ? 1 : 0;
    summary.tasks += tasks.length;
    summary.progress += progress;
    yield { path: `reports/${id}.mdx`, text };
  }

  for (const province of provinces) {
    summary.units += province.units.length;
    yield { path: `units/${province.id}.yaml`, text: unitsFile(province.units, `Units of the synthetic ${province.id} (kb generate).`) };
  }
  summary.units += centralUnits.length;
  yield { path: 'units/trung-uong.yaml', text: unitsFile(centralUnits, 'Central bodies reports address.') };

  const local = documents.all();
  const ct12Plans = local.filter((d) => d.data.kind === 'ke-hoach' && d.data.subject.includes('12-CT/TW')).map((d) => d.id);
  for (const doc of realDocuments) {
    const data = doc.id === 'ct-12-2022' ? { ...doc.data, guidance: ct12Plans } : doc.data;
    yield { path: `directives/${doc.id}.mdx`, text: documentFile(data, `## Tóm tắt\n\n${doc.data.subject}.\n\nMô tả rút gọn do \`kb generate\` tạo; số, ngày và cơ quan ban hành là của văn bản thật.\n`) };
  }
  for (const doc of local) yield { path: `directives/${doc.id}.mdx`, text: documentFile(doc.data, doc.body) };
  summary.documents = realDocuments.length + local.length;
  yield { path: 'README.md', text: readme(options, summary) };
  return summary;
}

function unitsFile(units: GenUnit[], comment: string): string {
  const entries = units.map(({ id, name, level, parent, province, from, until, successors, note }) =>
    ({ id, name, level, parent, province, from, until, successors: successors.length ? successors : undefined, note }));
  return `# ${comment}\n${stringify(entries, { lineWidth: 0 })}`;
}

function documentFile(data: DocumentData, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}

function readme(options: GenerateOptions, summary: GenerateSummary): string {
  return `# Synthetic content (kb generate)\n\nGenerated by \`kb generate --reports ${options.reports}${options.seed ? ` --seed ${options.seed}` : ''}\` for benchmarks: ` +
    `${summary.reports} reports (${summary.confidential} confidential), ${summary.units} units in ${summary.provinces} provinces, ${summary.documents} documents. ` +
    'Units, local documents, numbers and dates are invented; the central documents are real.\n';
}

/**
 * The search index's records of a generated corpus, straight from kb generate's files, with no MDX
 * compiled and no site built: for the benchmark's index-only run at sizes (100,000 reports) where
 * building pages is not the point. Each report and document becomes the IndexedDoc the site's
 * pages would give (record.ts's meta and filters, the page's title and body as text), close enough
 * for the index's size and what a query loads; the body's text is the Markdown with its markup
 * left in (the index cuts words at punctuation, so `**` and `#` add nothing) and footnote marks
 * and link targets dropped.
 *
 * Ids must follow dates before the first document is indexed, so the corpus is generated twice:
 * a first pass learns dates, units and documents; the second yields the records. Generation is
 * seeded, so both passes see the same corpus, and neither keeps the reports' texts.
 */
import { parse } from 'yaml';
import type { IndexedDoc } from '../../src/lib/search/terms/build.ts';
import { idsByDate } from '../../src/lib/search/terms/from-pagefind.ts';
import { documentKindLabels, documentName } from '../../src/lib/labels.ts';
import { formatPartialDate, latestDay, parsePartialDate } from '../../src/lib/partial-date.ts';
import { parsePeriod, periodYear } from '../../src/lib/period.ts';
import { numberForms } from '../../src/lib/search/number-forms.ts';
import { generateContent, type GeneratedFile } from '../../src/tools/generate/index.ts';

interface UnitInfo { name: string; province?: string }
interface DocumentInfo { kind: string; number: string; issuer: string; issuerUnit?: string; issued: string; subject: string }

export interface GeneratedCorpus {
  docs: number;
  dated: number;
  /** The records, in generation order (ids are date order). */
  records(): Generator<IndexedDoc>;
}

/** A generated file's front matter and body. */
function split(text: string): { data: Record<string, any>; body: string } {
  const end = text.indexOf('\n---', 4);
  return { data: parse(text.slice(4, end)) as Record<string, any>, body: text.slice(text.indexOf('\n', end + 1) + 1) };
}

/** Markdown as the words a page shows: footnote marks and link targets dropped. */
const plainText = (markdown: string) => markdown.replace(/\[\^[^\]]*\]:?/g, ' ').replace(/\]\([^)]*\)/g, ' ');

const pageOf = (path: string) => {
  const report = /^reports\/(.+)\.mdx$/.exec(path);
  if (report) return { kind: 'report' as const, id: report[1], url: `/bao-cao/${report[1]}/` };
  const doc = /^directives\/(.+)\.mdx$/.exec(path);
  return doc ? { kind: 'document' as const, id: doc[1], url: `/van-ban/${doc[1]}/` } : undefined;
};

const words = (values: string[]) => [...new Set(values)].join(' ');
const nonEmpty = (meta: Record<string, string | undefined>) => Object.fromEntries(Object.entries(meta).filter((e): e is [string, string] => Boolean(e[1]?.trim())));

export function generatedCorpus(reports: number, seed: string): GeneratedCorpus {
  const files = (): Generator<GeneratedFile, unknown> => generateContent({ reports, seed });
  // First pass: sort dates (ids), unit names and provinces, documents' numbers.
  const dates = new Map<string, string>();
  const units = new Map<string, UnitInfo>();
  const documents = new Map<string, DocumentInfo>();
  for (const file of { [Symbol.iterator]: files }) {
    if (file.path.startsWith('units/')) {
      for (const unit of parse(file.text) as { id: string; name: string; province?: string }[]) units.set(unit.id, { name: unit.name, province: unit.province });
      continue;
    }
    const page = pageOf(file.path);
    if (!page) continue;
    const { data } = split(file.text);
    // A confidential report is never built, so it has no page and no id.
    if (data.confidential) continue;
    if (page.kind === 'document') documents.set(page.id, data as DocumentInfo);
    const issued = parsePartialDate(String(data.issued ?? ''));
    dates.set(page.url, issued ? latestDay(issued) : page.kind === 'report' ? parsePeriod(String(data.period))!.end : '');
  }
  const ids = idsByDate(dates);

  function reportRecord(id: number, url: string, data: Record<string, any>, body: string): IndexedDoc {
    const period = parsePeriod(String(data.period))!;
    const unit = units.get(data.unit);
    const cited = [...new Set([...(data.request ? [data.request] : []), ...(data.directives ?? [])])].map((d) => documents.get(d)).filter((d) => d !== undefined);
    return {
      id, url, fragment: `fragment/${id}.pf_fragment`,
      content: `${data.title}\n${plainText(body)}`,
      meta: nonEmpty({
        title: data.title, kind: 'Báo cáo', unit: unit?.name ?? data.unit, period: period.label, date: data.issued ? formatPartialDate(String(data.issued)) : undefined,
        number: data.number, 'number-forms': data.number ? words(numberForms(data.number)) : undefined, signer: data.signer?.name,
        cites: words([...cited.map(documentName), ...cited.flatMap((d) => numberForms(d.number))]),
      }),
      filters: { kind: ['bao-cao'], unit: [data.unit], province: unit?.province ? [unit.province] : [], directive: data.directives ?? [], period: [period.id], year: [String(periodYear(period))] },
    };
  }

  function documentRecord(id: number, url: string, pageId: string, doc: DocumentInfo, body: string): IndexedDoc {
    const issuer = doc.issuerUnit ? units.get(doc.issuerUnit) : undefined;
    const year = parsePartialDate(String(doc.issued))?.year;
    return {
      id, url, fragment: `fragment/${id}.pf_fragment`,
      content: `${documentName(doc)}\n${doc.subject}\n${plainText(body)}`,
      meta: nonEmpty({ title: documentName(doc), kind: `Văn bản · ${documentKindLabels[doc.kind] ?? doc.kind}`, unit: doc.issuer, date: formatPartialDate(String(doc.issued)), number: documentName(doc), 'number-forms': words(numberForms(doc.number)) }),
      filters: { kind: ['van-ban'], unit: doc.issuerUnit ? [doc.issuerUnit] : [], province: issuer?.province ? [issuer.province] : [], directive: [pageId], period: [], year: year ? [String(year)] : [] },
    };
  }

  return {
    docs: ids.size,
    dated: [...dates.values()].filter(Boolean).length,
    *records() {
      for (const file of { [Symbol.iterator]: files }) {
        const page = pageOf(file.path);
        if (!page) continue;
        const { data, body } = split(file.text);
        if (data.confidential) continue;
        const id = ids.get(page.url)!;
        yield page.kind === 'report' ? reportRecord(id, page.url, data, body) : documentRecord(id, page.url, page.id, data as DocumentInfo, body);
      }
    },
  };
}

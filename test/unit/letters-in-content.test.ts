import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { findPeriod } from '../../src/lib/import/find-period.ts';
import { readRequestLetter } from '../../src/lib/letters/read-letter.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { CV_1353, CV_435, CV_559 } from '../fixtures/letters/forms.ts';

const { kb } = loadKnowledgeBase(join(projectRoot, 'content'));
const letter = (id: string) => kb.documents.find((d) => d.id === id)!;

/**
 * The four request letters the seed reports answer. The knowledge base holds their trích yếu (as the
 * replies cite it), not the letters: their duties take from that text what it says, and name the rest.
 */
describe.each(['cv-435-2022', 'cv-559-2022', 'cv-1353-2023', 'cv-2016-2021'])('%s in content/', (id) => {
  it('states the period its trích yếu names, and no deadline it was never given', () => {
    const doc = letter(id);
    expect(doc.duties).toHaveLength(1);
    expect(doc.duties[0].period).toBe(findPeriod(doc.subject, '').period);
    expect(doc.duties[0].due).toBeUndefined();
    expect(doc.outline).toEqual([]);
  });

  it('says what is unconfirmed: deadline, the full list of units, the outline', () => {
    expect(letter(id).unconfirmed.join('\n')).toMatch(/Hạn nộp báo cáo[\s\S]*Danh sách đầy đủ các đơn vị[\s\S]*Đề cương báo cáo/);
  });
});

describe('the letters as written out from the seeds\' citations agree with content/', () => {
  it.each([[CV_435, 'cv-435-2022'], [CV_559, 'cv-559-2022'], [CV_1353, 'cv-1353-2023']])('%#: number, date and period', (text, id) => {
    const read = readRequestLetter(text, kb);
    const doc = letter(id);
    expect({ number: read.number, issued: read.issued, period: read.period, issuerUnit: read.issuerUnit }).toEqual({ number: doc.number, issued: doc.issued, period: doc.duties[0].period, issuerUnit: doc.issuerUnit });
    // The unit that answered is among those the letter asks.
    const owners = read.duty!.units.length ? read.duty!.units : kb.units.filter((u) => read.duty!.levels.includes(u.level) && read.duty!.provinces.includes(u.province ?? '')).map((u) => u.id);
    expect(owners).toEqual(expect.arrayContaining(doc.duties[0].units));
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../src/lib/citations/index.ts';
import { citationLinkSpans } from '../../src/lib/citations/link-spans.ts';
import type { ReportCitation } from '../../src/lib/model.ts';
import { renderBody } from '../../src/lib/render/body.ts';
import { citationLinks } from '../../src/markdown/citation-links.ts';
import { splitTextByLinks } from '../../src/markdown/split-text.ts';
import { fixturesDir } from '../helpers/content-folder.ts';

/** Every citation as the loader records it; each links to a page named after its number. */
function cited(markdown: string): ReportCitation[] {
  return parseCitations(markdown).map((c) => ({
    form: c.form, kind: c.kind, kindText: c.kindText, number: c.number, normalized: c.normalized, date: c.date,
    issuer: c.issuer, line: c.line, documentId: null, mismatches: [], identity: c.normalized,
    at: { offset: c.offset, numberOffset: c.numberOffset, numberLength: c.numberLength },
  }));
}
const hrefOf = (c: ReportCitation) => ({ href: `/van-ban/${c.normalized.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/` });
const render = (markdown: string) => renderBody(markdown, [citationLinks(markdown, citationLinkSpans(cited(markdown), hrefOf))]);

const casesDir = join(fixturesDir, 'citation-links');

// input.md rendered with the plugin must give expected.html (written by hand from reading the input).
describe.each(readdirSync(casesDir))('linking case %s', (name) => {
  it('renders the expected HTML', () => {
    const input = readFileSync(join(casesDir, name, 'input.md'), 'utf8');
    expect(render(input)).toBe(readFileSync(join(casesDir, name, 'expected.html'), 'utf8'));
  });
});

describe('splitTextByLinks', () => {
  const source = 'Theo Công văn số 12/UBND và 13/UBND.';
  const at = (text: string) => source.indexOf(text);
  const spans = [
    { offset: at('Công văn'), length: 'Công văn số 12/UBND'.length, fallbackOffset: at('12/UBND'), fallbackLength: 7, href: '/a/' },
    { offset: at('13/UBND'), length: 7, fallbackOffset: at('13/UBND'), fallbackLength: 7, href: '/b/' },
  ];

  it('cuts a text node into text, links and text, in order', () => {
    expect(splitTextByLinks(source, 0, source.length, source, spans)).toEqual([
      { type: 'text', value: 'Theo ' },
      { type: 'link', url: '/a/', title: null, children: [{ type: 'text', value: 'Công văn số 12/UBND' }] },
      { type: 'text', value: ' và ' },
      { type: 'link', url: '/b/', title: null, children: [{ type: 'text', value: '13/UBND' }] },
      { type: 'text', value: '.' },
    ]);
  });

  it('links only the number when the kind word lies outside the node', () => {
    const nodes = splitTextByLinks(source.slice(at('văn')), at('văn'), source.length, source, spans);
    expect(nodes?.[1]).toEqual({ type: 'link', url: '/a/', title: null, children: [{ type: 'text', value: '12/UBND' }] });
  });

  it('marks a wrongly written citation with a note after it, after the stop that ends the sentence', () => {
    const noted = [spans[0], { ...spans[1], note: { text: 'dẫn chưa đúng, đúng là 31/UBND', href: '#ghi-chu-dan-chieu' } }];
    expect(splitTextByLinks(source, 0, source.length, source, noted)?.slice(3)).toEqual([
      { type: 'link', url: '/b/', title: null, children: [{ type: 'text', value: '13/UBND' }] },
      { type: 'text', value: '.' },
      { type: 'link', url: '#ghi-chu-dan-chieu', title: null, children: [{ type: 'text', value: ' [ghi chú: dẫn chưa đúng, đúng là 31/UBND]' }] },
    ]);
  });

  it('leaves a node with no citation alone', () => {
    expect(splitTextByLinks('Không có gì.', 100, 112, `${' '.repeat(100)}Không có gì.`, spans)).toBeNull();
  });
});

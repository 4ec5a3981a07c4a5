import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSER_VERSION, parseCitations } from '../../src/lib/citations/parse.ts';
import { projectRoot } from '../helpers/build-site.ts';

/** Every text file under a folder, in a stable order. */
function texts(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? texts(path) : /\.(mdx?|txt)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

/** Forms the fixtures lack, so that changes in reading them show here too. */
const PROBES = [
  'Thực hiện Kế hoạch số 92/KH-UBND ngày 03/6/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi về việc triển khai.',
  'Quyết định số 609/QĐ-UBND của UBND huyện ban hành ngày 11/5/2022; Chỉ thị 12 nói trên.',
  'Nghị quyết số 06-NQ/TW ngày 24/01/2022 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương.',
];

/**
 * Readings of report bodies are cached across builds under PARSER_VERSION, so a parser whose output
 * changes without a new version would leave old readings in use. The parser's output on the citation
 * fixtures (the seeds' texts and written forms) is pinned here with the version it belongs to.
 */
describe('the citation parser version', () => {
  it('changes whenever the parser reads the seeds and fixtures differently', () => {
    // The fixtures hold the seeds' texts and written forms; content/ is left out, as it grows.
    const corpus = [...texts(join(projectRoot, 'test/fixtures/citations')), ...PROBES];
    const output = createHash('sha1').update(JSON.stringify(corpus.map(parseCitations))).digest('hex');
    const pinned: Record<number, string> = { 2: '3174858f375cbb0aa8f53acda98c41c4f1fdcb2c' };
    expect(
      { version: PARSER_VERSION, output },
      'The parser reads these texts differently now: raise PARSER_VERSION in src/lib/citations/parse.ts and pin the new output here.',
    ).toEqual({ version: PARSER_VERSION, output: pinned[PARSER_VERSION] });
  });
});

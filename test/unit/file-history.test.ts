import { describe, expect, it } from 'vitest';
import { fileLinks, parseFileLog } from '../../src/lib/content/file-history.ts';

const LOG = [
  '@@kb c3 2023-01-10T09:00:00+07:00', '', 'content/reports/a.mdx',
  '@@kb c2 2022-12-31T20:00:00+00:00', '', 'content/reports/a.mdx', 'content/reports/b.mdx', 'README.md',
  '@@kb c1 2022-06-01T08:00:00+07:00', '', 'content/units/x.yaml', 'content/reports/b.mdx',
].join('\n');

describe('the day each content file last changed, from one git log', () => {
  it('takes the newest commit per file, as a day in Vietnam time, under the content root', () => {
    const changes = parseFileLog(LOG, 'content/', new Set());
    expect(Object.fromEntries(changes)).toEqual({
      'reports/a.mdx': { day: '2023-01-10' },
      // 20:00 UTC on 31 December is 1 January in Vietnam.
      'reports/b.mdx': { day: '2023-01-01' },
      'units/x.yaml': { day: '2022-06-01' },
    });
  });

  it('does not date files only the cut commit of a shallow clone shows: their last change is unknown', () => {
    const changes = parseFileLog(LOG, 'content/', new Set(['c1']));
    expect(changes.get('units/x.yaml')).toEqual({ unknown: 'shallow' });
    expect(changes.get('reports/b.mdx')).toEqual({ day: '2023-01-01' });
  });
});

describe('links to the hosting repository', () => {
  it.each([
    ['https://github.com/org/kb', 'main', { history: 'https://github.com/org/kb/commits/main/content/reports/a%20b.mdx', edit: 'https://github.com/org/kb/edit/main/content/reports/a%20b.mdx' }],
    ['https://github.com/org/kb.git/', 'release/2024', { history: 'https://github.com/org/kb/commits/release/2024/content/reports/a%20b.mdx', edit: 'https://github.com/org/kb/edit/release/2024/content/reports/a%20b.mdx' }],
    ['', 'main', undefined],
    ['git@github.com:org/kb.git', 'main', undefined],
  ])('%s on %s', (url, branch, expected) => {
    expect(fileLinks(url, branch, 'content/reports/a b.mdx')).toEqual(expected);
  });
});

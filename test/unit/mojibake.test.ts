import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { decodeImportBytes } from '../../src/lib/import/index.ts';
import { contentFolder } from '../helpers/content-folder.ts';

/**
 * One mojibake detector (src/lib/content/mojibake.ts) for `kb check`, the build and `kb import`:
 * they must agree on what is garbled. «Nhanh quá» ends a quoted word in "á»", the same two
 * characters that begin garbled "ố" (á»‘), and was once warned about by one and accepted by the other.
 */
const FILE = 'reports/tinh-a/huyen-a/trich-dan.mdx';
const report = (body: string) => `---\nunit: huyen-a\nperiod: 2022-H1\ntitle: Báo cáo thử\n---\n\n${body}\n`;

/** What `kb check` and the build say of a report body: its mojibake warnings. */
const checkWarnings = (body: string) =>
  loadKnowledgeBase(contentFolder({ [FILE]: report(body) })).problems.filter((p) => p.file === FILE && p.code === 'mojibake');

const importOf = (text: string) => decodeImportBytes(new TextEncoder().encode(text));

describe('mojibake, one detector for kb check, the build and kb import', () => {
  const quoted = 'Phong trào «Nhanh quá» được nhân dân hưởng ứng; tuyến «Quảng Ngãi – Thanh Hóa» nâng cấp.';

  it('a «quoted» word ending in "quá" or "Hóa" is real Vietnamese: no warning, and imported', () => {
    expect(checkWarnings(quoted)).toEqual([]);
    expect(importOf(quoted)).toMatchObject({ ok: true, text: quoted });
  });

  it('UTF-8 read as Windows-1252 is caught by both, on its line', () => {
    const garbled = 'Công tác\n\nÄ‘á»‘i ngoáº¡i nhÃ¢n dÃ¢n';
    expect(checkWarnings(garbled).map((p) => [p.line, p.severity])).toEqual([[9, 'warning']]);
    expect(importOf(garbled)).toMatchObject({ ok: false, line: 3 });
  });

  it('"ố" garbled after a closing quote mark is still caught: á» followed by its third character', () => {
    const garbled = 'Công tác Ä‘á»‘i ngoại';
    expect(checkWarnings(garbled)).toHaveLength(1);
    expect(importOf(garbled)).toMatchObject({ ok: false });
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { projectContentCopy, runKbIn } from '../helpers/kb-cli.ts';
import { BINH_SON_2022_H2, makeReportDocx } from '../helpers/make-docx.ts';

/** kb import --keep-originals keeps the file by its hash, and the built report page offers it as "Bản gốc". */
describe('an imported report with its original kept', () => {
  let site: BuiltSite;
  let original: Buffer;
  let sha: string;
  beforeAll(async () => {
    const content = projectContentCopy();
    const inbox = mkdtempSync(join(tmpdir(), 'kb-inbox-'));
    original = await makeReportDocx(BINH_SON_2022_H2);
    writeFileSync(join(inbox, 'Báo cáo 310.docx'), original);
    const run = runKbIn(['import', inbox, '--keep-originals', '--summary', join(inbox, 's')], { KB_CONTENT_DIR: content });
    expect(run.status).toBe(0);
    const draft = readFileSync(join(content, 'reports/quang-ngai/binh-son/2022-h2-hoi-nhap.mdx'), 'utf8');
    sha = /sha256: ([0-9a-f]{64})/.exec(draft)![1];
    expect(draft).toContain(`  original: originals/${sha}.docx\n`);
    const check = runKbIn(['check'], { KB_CONTENT_DIR: content });
    expect(check.status).toBe(0);
    site = buildSite(content);
  }, 240_000);

  it('copies the original, byte for byte, into the site', () => {
    expect(readFileSync(join(site.outDir, 'ban-goc', `${sha}.docx`)).equals(original)).toBe(true);
  });

  it('the report page names the source file and links "Bản gốc" for download', () => {
    const html = site.page('/bao-cao/quang-ngai/binh-son/2022-h2-hoi-nhap/');
    expect(html).toContain('Nhập từ tệp Báo cáo 310.docx');
    expect(html).toMatch(new RegExp(`<a href="/ban-goc/${sha}\\.docx" download="Báo cáo 310\\.docx"[^>]*>Bản gốc</a>`));
  });
});

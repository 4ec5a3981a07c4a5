import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const H2 = 'bao-cao/tinh-a/huyen-a/2022-h2-hoi-nhap/index.html';
const H2_FILE = 'reports/tinh-a/huyen-a/2022-h2-hoi-nhap.mdx';

const filesOf = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());

/** The .gz and .br copies the build writes for the web server (src/integrations/precompress.ts). */
describe('precompressed copies', () => {
  const content = contentFolder();
  const outDir = mkdtempSync(join(tmpdir(), 'kb-build-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'kb-astro-cache-'));
  const build = () => buildSite(content, {}, { outDir, cacheDir });

  it('sit next to every text file of 1 KB or more and hold exactly its bytes; none for small files or Pagefind’s own gzip', () => {
    build();
    const files = filesOf(outDir);
    const text = files.filter((file) => /\.(html|css|js|json|csv|svg)$/.test(file));
    for (const file of text) {
      const bytes = readFileSync(join(outDir, file));
      if (bytes.length < 1024) {
        expect(files, file).not.toContain(`${file}.gz`);
        continue;
      }
      expect(gunzipSync(readFileSync(join(outDir, `${file}.gz`))).equals(bytes), file).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(outDir, `${file}.br`))).equals(bytes), file).toBe(true);
    }
    expect(files).toContain(`${H2}.br`);
    expect(files).toContain('pagefind/pagefind.js.br');
    expect(files.filter((file) => /\.(pf_[a-z]+|pagefind)\.(gz|br)$/.test(file))).toEqual([]);
  });

  it('follow a page that changes, and go with a page that is gone', () => {
    const file = join(content, H2_FILE);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nĐã tổ chức thêm hội nghị DAU-HIEU-NEN.\n`);
    const changed = build();
    expect(changed.log).toMatch(/Nén sẵn \(gzip, brotli\): \d+ tệp trong [\d.]+ giây \(dùng lại \d+ tệp không đổi\)/);
    expect(gunzipSync(readFileSync(join(outDir, `${H2}.gz`))).toString()).toContain('DAU-HIEU-NEN');
    expect(brotliDecompressSync(readFileSync(join(outDir, `${H2}.br`))).toString()).toContain('DAU-HIEU-NEN');

    rmSync(file);
    build();
    const files = filesOf(outDir);
    expect(files.filter((f) => f.startsWith('bao-cao/tinh-a/huyen-a/2022-h2-hoi-nhap/'))).toEqual([]);
    // Every copy left has its file beside it.
    for (const copy of files.filter((f) => /\.(gz|br)$/.test(f))) expect(files, copy).toContain(copy.replace(/\.(gz|br)$/, ''));
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectContentCopy, runKbIn } from '../helpers/kb-cli.ts';
import { BINH_SON_2022_H2, makeReportDocx } from '../helpers/make-docx.ts';

/** A real report .docx (made by the docx library) with `change` applied to its parts. */
async function docxWith(change: (zip: JSZip) => void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await makeReportDocx(BINH_SON_2022_H2));
  change(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The central directory's uncompressed-size field of part `name`, overwritten with `size`: a directory that lies. */
function lieAboutSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString('utf8', at + 46, at + 46 + nameLength) === name) out.writeUInt32LE(size, at + 24);
  }
  return out;
}

describe('kb import of hostile files', () => {
  let content: string;
  let inbox: string;
  const files: Record<string, Buffer> = {};
  beforeAll(async () => {
    content = projectContentCopy();
    inbox = mkdtempSync(join(tmpdir(), 'kb-inbox-'));
    const zeros = Buffer.alloc(60 * 1024 * 1024);
    files['bom.docx'] = await docxWith((zip) => zip.file('word/media/image1.png', zeros));
    files['bom-noi-doi.docx'] = lieAboutSize(files['bom.docx'], 'word/media/image1.png', 1000);
    files['macro.docx'] = await docxWith((zip) => zip.file('word/vbaProject.bin', 'Attribute VB_Name = "x"'));
    files['nen.txt'] = await makeReportDocx(BINH_SON_2022_H2);
    files['ban-in.txt'] = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(inbox, name), bytes);
  });
  const kb = (file: string) => runKbIn(['import', join(inbox, file), '--dry-run'], { KB_CONTENT_DIR: content });

  it.each([
    ['bom.docx', 'giải nén quá lớn'],
    ['bom-noi-doi.docx', 'giải nén quá lớn'],
    ['macro.docx', 'có macro (Word .docm)'],
    ['nen.txt', 'tệp nén ZIP'],
    ['ban-in.txt', 'tệp PDF'],
  ])('%s is refused with a message about what it is, naming the file', (file, words) => {
    const run = kb(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(inbox, file)}: không nhập: `);
    expect(run.stderr).toContain(words);
    expect(run.stderr).not.toMatch(/bảng mã|encoding|Error|at /);
  });

  it('a sound .docx still imports', async () => {
    writeFileSync(join(inbox, 'tot.docx'), await makeReportDocx(BINH_SON_2022_H2));
    const run = kb('tot.docx');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('kb import of text that looks like Markdown', () => {
  it('escapes it, so the rendered draft shows exactly what the source says', async () => {
    const { prepareImport } = await import('../../src/lib/import/index.ts');
    const { loadKnowledgeBase } = await import('../../src/lib/content/load.ts');
    const { renderBody } = await import('../../src/lib/render/body.ts');
    const { pageText } = await import('../helpers/build-site.ts');
    const lines = [
      'Xem ![ảnh](https://x.example/a.png) và [trang](https://x.example) nhé.',
      'Điểm *nhấn* và _gạch_ và `mã` và ~~gạch~~ &amp; hết.',
      'Tiêu đề giả\n===========',
      '> không phải trích dẫn',
      'Dòng kẻ sau đây:\n\n---',
    ];
    const source = `UỶ BAN NHÂN DÂN\nHUYỆN BÌNH SƠN\nSố: 12/BC-UBND\n\nBÁO CÁO\nKết quả công tác đối ngoại năm 2022\n\n${lines.join('\n\n')}\n`;
    const result = prepareImport(source, loadKnowledgeBase(projectContentCopy()).kb, 'bao-cao.txt');
    const html = renderBody(result.body);
    // A bare address may be linked (GFM autolinks), its text unchanged; no other link is made.
    const links = [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/g)];
    for (const [, href, inner] of links) expect(inner).toBe(href);
    for (const tag of ['<img', '<em>', '<code>', '<h1', '<h2', '<blockquote', '<del', '<hr']) expect(html).not.toContain(tag);
    const text = pageText(html.replace(/<\/?a\b[^>]*>/g, ''));
    for (const line of lines.flatMap((l) => l.split(/\n+/))) expect(text).toContain(line);
    expect(result.bodyProblems).toEqual([]);
  });
});

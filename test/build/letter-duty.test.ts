import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageText, projectRoot, type BuiltSite } from '../helpers/build-site.ts';
import { runKbIn } from '../helpers/kb-cli.ts';
import { CV_480_2024, makeLetterDocx } from '../helpers/make-letter-docx.ts';

/**
 * From a request letter in .docx to a duty, a skeleton for each unit that owes the report, and the
 * tracker's answer before and after one unit's report arrives: the real kb command line, a real git
 * repository for kb review, and two real builds of the project's content with the letter added.
 */
const AS_OF = '2024-06-30';
const BINH_SON = 'reports/quang-ngai/binh-son/2024-h1-tra-loi-cv-480-2024.mdx';
const SO_CONG_THUONG = 'reports/quang-ngai/so-cong-thuong-quang-ngai/2024-h1-tra-loi-cv-480-2024.mdx';

describe('a request letter becomes a duty, skeletons and the tracker\'s answer', () => {
  let repo: string;
  let content: string;
  let letterFile: string;
  let before: BuiltSite;
  let after: BuiltSite;
  const kb = (...args: string[]) => runKbIn(args, { KB_CONTENT_DIR: content, KB_AS_OF: AS_OF }, repo);
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], { encoding: 'utf8' });

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'kb-letter-'));
    content = join(repo, 'content');
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    letterFile = join(repo, 'cong-van-480.docx');
    writeFileSync(letterFile, await makeLetterDocx({ ...CV_480_2024, autoNumbering: false, outline: [
      [0, 'I. KẾT QUẢ THỰC HIỆN'], [1, '1. Công tác tuyên truyền'], [1, '2. Hợp tác quốc tế'], [0, 'II. ĐÁNH GIÁ CHUNG'], [0, 'III. ĐỀ XUẤT, KIẾN NGHỊ'],
    ] }));
  });

  it('kb import writes the letter under directives/ with its duty and outline, and kb check accepts it', () => {
    const run = kb('import', letterFile);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Đã ghi bản nháp công văn đề nghị báo cáo: ${join(content, 'directives/cv-480-2024.mdx')}`);
    const draft = readFileSync(join(content, 'directives/cv-480-2024.mdx'), 'utf8');
    expect(draft).toContain('number: 480/SNgV-HTHQ\n');
    expect(draft).toContain('issuerUnit: so-ngoai-vu-quang-ngai\n');
    expect(draft).toMatch(/duties:\n {2}- id: tra-loi\n.*\n {4}units: \[\]\n {4}levels:\n {6}- huyen\n {6}- so\n {4}provinces:\n {6}- quang-ngai\n {4}frequency: once\n {4}period: 2024-H1\n {4}due: 2024-06-20\n/);
    expect(draft).toContain('outline:\n  - number: I\n    title: KẾT QUẢ THỰC HIỆN\n    level: 1\n  - number: "1"\n    title: Công tác tuyên truyền\n    level: 2\n');
    const check = kb('check', join(content, 'directives/cv-480-2024.mdx'));
    expect(check.status).toBe(0);
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'the letter');
  });

  it('an outline in Word\'s automatic numbering: levels from the headings, counted numbers left empty, a note in the draft', async () => {
    const auto = join(repo, 'cong-van-481.docx');
    writeFileSync(auto, await makeLetterDocx({ ...CV_480_2024, number: 'Số: 481/SNgV-HTHQ', autoNumbering: true }));
    const run = kb('import', auto, '--dry-run', '--json');
    expect(run.status).toBe(0);
    const found = JSON.parse(run.stdout) as { type: string; kind: string; path: string; outline: unknown[]; notes: string[]; written: string | null };
    expect(found).toMatchObject({ type: 'request-letter', kind: 'cong-van', unit: 'so-ngoai-vu-quang-ngai', path: 'directives/cv-481-2024.mdx', written: null });
    expect(found.outline).toEqual([
      { title: 'KẾT QUẢ THỰC HIỆN', level: 1 }, { title: 'Công tác tuyên truyền', level: 2 }, { title: 'Hợp tác quốc tế', level: 2 },
      { title: 'ĐÁNH GIÁ CHUNG', level: 1 }, { title: 'ĐỀ XUẤT, KIẾN NGHỊ', level: 1 },
    ]);
    expect(found.notes.join('\n')).toMatch(/đánh số tự động .* sửa "number" và "level" nếu cần/);
  });

  it('skips the same file again, and refuses the same letter from another file, naming the file and the skeleton command', async () => {
    const again = kb('import', letterFile);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('bỏ qua: đã nhập trước đây: directives/cv-480-2024.mdx');
    // The same letter typed out again (another file, other bytes) is the knowledge base's already.
    const retyped = join(repo, 'cong-van-480-ban-khac.docx');
    writeFileSync(retyped, await makeLetterDocx({ ...CV_480_2024, autoNumbering: true }));
    const run = kb('import', retyped);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cơ sở tri thức đã có công văn này: directives/cv-480-2024.mdx');
    expect(run.stderr).toContain('kb skeleton cv-480-2024');
  });

  it('kb skeleton writes one draft per unit owing the report (not the Sở itself), never overwriting', () => {
    const run = kb('skeleton', 'cv-480-2024');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Đã ghi bản nháp: ${join(content, BINH_SON)}`);
    expect(run.stdout).toContain(`Đã ghi bản nháp: ${join(content, SO_CONG_THUONG)}`);
    expect(run.stdout).toContain('2 bản nháp.');
    expect(existsSync(join(content, 'reports/quang-ngai/so-ngoai-vu-quang-ngai'))).toBe(false);
    const draft = readFileSync(join(content, BINH_SON), 'utf8');
    expect(draft).toContain('unit: binh-son\nperiod: 2024-H1\ntitle: Báo cáo kết quả công tác hội nhập quốc tế 6 tháng đầu năm 2024\nrequest: cv-480-2024\n');
    expect(draft).toContain('# Hạn gửi: 20/06/2024.');
    expect(draft).toContain('due: 2024-06-20 }');
    expect(draft).toContain('draft: true\n');
    expect(draft.split('---\n')[2]).toBe('\n## I. KẾT QUẢ THỰC HIỆN\n\n_(chưa viết)_\n\n### 1. Công tác tuyên truyền\n\n_(chưa viết)_\n\n### 2. Hợp tác quốc tế\n\n_(chưa viết)_\n\n## II. ĐÁNH GIÁ CHUNG\n\n_(chưa viết)_\n\n## III. ĐỀ XUẤT, KIẾN NGHỊ\n\n_(chưa viết)_\n');
    const again = kb('skeleton', 'cv-480-2024', '--unit', 'binh-son');
    expect(again.stdout).toContain(`Đã có, không ghi đè: ${join(content, BINH_SON)}`);
    expect(readFileSync(join(content, BINH_SON), 'utf8')).toBe(draft);
  });

  it('kb check warns on each still-empty section with its file and line', () => {
    const run = kb('check', '--json', join(content, BINH_SON));
    const { problems } = JSON.parse(run.stdout) as { problems: { file: string; line: number; code: string; message: string }[] };
    const empty = problems.filter((p) => p.code === 'outline-empty');
    expect(empty.map((p) => p.line)).toHaveLength(5);
    const lines = readFileSync(join(content, BINH_SON), 'utf8').split('\n');
    for (const p of empty) expect(lines[p.line - 1]).toBe('_(chưa viết)_');
    expect(empty[0]).toMatchObject({ file: BINH_SON, message: 'mục «I. KẾT QUẢ THỰC HIỆN» của đề cương còn trống (_(chưa viết)_)' });
    expect(run.status).toBe(0);
  });

  it('before any report: the letter\'s page lists both units as late, the drafts count for nothing', () => {
    before = buildSite(content, { KB_AS_OF: AS_OF });
    const page = before.page('/van-ban/cv-480-2024/');
    const text = pageText(page);
    expect(text).toContain('Đơn vị trả lời văn bản');
    expect(text).toMatch(/Đã trả lời \(0\)/);
    expect(text).toMatch(/Quá hạn, chưa trả lời \(2\) UBND huyện Bình Sơn ?: chưa có báo cáo, quá hạn, quá hạn 10 ngày Sở Công Thương tỉnh Quảng Ngãi ?: chưa có báo cáo, quá hạn, quá hạn 10 ngày/);
    expect(text).toContain('Đề cương báo cáo I. KẾT QUẢ THỰC HIỆN 1. Công tác tuyên truyền');
    expect(before.has('/bao-cao/quang-ngai/binh-son/2024-h1-tra-loi-cv-480-2024/')).toBe(false);
    const matrix = readFileSync(join(before.outDir, 'theo-doi/bang-theo-doi.csv'), 'utf8');
    expect(matrix).toContain('UBND huyện Bình Sơn,binh-son,30/06/2025,6 tháng đầu năm 2024,2024-H1,"Công văn 480/SNgV-HTHQ – Báo cáo theo đề nghị của Công văn 480/SNgV-HTHQ (6 tháng đầu năm 2024): chưa có báo cáo, quá hạn"');
  });

  it('after Bình Sơn\'s report arrives: answered, and kb review names the duty it fulfils', () => {
    const path = join(content, BINH_SON);
    const filled = readFileSync(path, 'utf8')
      .replace('draft: true\n', 'issued: 2024-06-18\nnumber: 210/BC-UBND\n')
      .replaceAll('_(chưa viết)_', 'UBND huyện đã triển khai đầy đủ nội dung này.');
    writeFileSync(path, filled);
    const check = kb('check', '--json', join(content, BINH_SON));
    expect((JSON.parse(check.stdout) as { problems: { code: string }[] }).problems.filter((p) => p.code.startsWith('outline-'))).toEqual([]);
    const review = kb('review', '--base', 'HEAD');
    expect(review.status).toBe(0);
    expect(review.stdout).toContain('(`reports/quang-ngai/binh-son/2024-h1-tra-loi-cv-480-2024.mdx`) — trả lời nghĩa vụ “Báo cáo theo đề nghị của Công văn 480/SNgV-HTHQ” (`cv-480-2024`, 6 tháng đầu năm 2024): đã có báo cáo, đúng hạn');
    after = buildSite(content, { KB_AS_OF: AS_OF });
    const text = pageText(after.page('/van-ban/cv-480-2024/'));
    expect(text).toMatch(/Đã trả lời \(1\) UBND huyện Bình Sơn ?: đã có báo cáo, đúng hạn — Báo cáo kết quả công tác hội nhập quốc tế 6 tháng đầu năm 2024 \(18\/06\/2024\)/);
    expect(text).toMatch(/Trả lời chậm \(0\) không có Quá hạn, chưa trả lời \(1\) Sở Công Thương tỉnh Quảng Ngãi ?: chưa có báo cáo, quá hạn/);
    expect(after.has('/bao-cao/quang-ngai/binh-son/2024-h1-tra-loi-cv-480-2024/')).toBe(true);
    const matrix = readFileSync(join(after.outDir, 'theo-doi/bang-theo-doi.csv'), 'utf8');
    expect(matrix).toContain('UBND huyện Bình Sơn,binh-son,30/06/2025,6 tháng đầu năm 2024,2024-H1,"Công văn 480/SNgV-HTHQ – Báo cáo theo đề nghị của Công văn 480/SNgV-HTHQ (6 tháng đầu năm 2024): đã có báo cáo, đúng hạn"');
  });

  it('a report answering the letter that leaves out an outline section is warned of, on its request line', () => {
    const path = join(content, BINH_SON);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/## II\. ĐÁNH GIÁ CHUNG\n\n[^\n]*\n\n/, ''));
    const run = kb('check', '--json', join(content, BINH_SON));
    const missing = (JSON.parse(run.stdout) as { problems: { line: number; code: string; message: string }[] }).problems.filter((p) => p.code === 'outline-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toBe('báo cáo trả lời Công văn 480/SNgV-HTHQ nhưng thiếu mục «II. ĐÁNH GIÁ CHUNG» của đề cương');
    expect(readFileSync(path, 'utf8').split('\n')[missing[0].line - 1]).toBe('request: cv-480-2024');
  });
});

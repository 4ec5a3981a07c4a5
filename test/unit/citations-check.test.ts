import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../src/lib/citations/index.ts';
import { resolveCitations, type KnownDocument } from '../../src/lib/citations/resolve.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import type { Problem } from '../../src/lib/problems.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { contentFolder } from '../helpers/content-folder.ts';

function kbCheck(contentDir: string): { problems: Problem[]; status: number } {
  try {
    const out = execFileSync(join(projectRoot, 'node_modules/.bin/node'), ['--disable-warning=ExperimentalWarning', 'src/cli/kb.ts', 'check', '--json'], {
      cwd: projectRoot, env: { ...process.env, KB_CONTENT_DIR: contentDir }, encoding: 'utf8',
    });
    return { problems: JSON.parse(out).problems, status: 0 };
  } catch (error) {
    const e = error as { stdout: string; status: number };
    return { problems: JSON.parse(e.stdout).problems, status: e.status };
  }
}

describe('kb check on the real content', () => {
  const { problems, status } = kbCheck(join(projectRoot, 'content'));
  const cited = problems.filter((p) => p.code === 'citation-mismatch');

  it('flags seed 002\'s "Nghị định số 80/2022/NĐ-CP ngày 17/9/2020" with the right form, as a warning', () => {
    expect(cited).toContainEqual({
      file: 'reports/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan.mdx', line: 126, column: 50, severity: 'warning', code: 'citation-mismatch',
      message: 'Nghị định số 80/2022/NĐ-CP ngày 17/9/2020: văn bản này là Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ — sai số hiệu (80/2022/NĐ-CP thay cho 80/2020/NĐ-CP); 17/9/2020 là ngày văn bản có hiệu lực, không phải ngày ban hành',
      hint: 'dẫn đúng: Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ. Báo cáo đã gửi giữ nguyên văn; chỉ sửa trong văn bản soạn mới.',
    });
  });

  it('flags seed 000\'s footnote dating 22-NQ/TW 10/3/2013', () => {
    const footnote = cited.find((p) => p.file === 'reports/quang-ngai/binh-son/2022-h1-hoi-nhap.mdx');
    expect(footnote?.message).toBe('Nghị quyết số 22-NQ/TW ngày 10/3/2013: văn bản này là Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị (khóa XI) — sai ngày ban hành (10/3/2013 thay cho 10/4/2013)');
  });

  it('flags nothing else and does not fail the check (the text stays as it was sent)', () => {
    expect(cited.map((p) => `${p.file}:${p.line}`)).toEqual([
      'reports/quang-ngai/binh-son/2022-h1-hoi-nhap.mdx:152',
      'reports/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan.mdx:126',
      'reports/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan.mdx:130',
    ]);
    expect(status).toBe(0);
  });

  it('asks what seed 002\'s "Kế hoạch 12" stands for', () => {
    const short = problems.find((p) => p.code === 'citation-short-form');
    expect(short?.message).toBe('"Kế hoạch 12" không ứng với văn bản nào được dẫn đầy đủ trong báo cáo; có phải Kế hoạch số 92/KH-UBND hoặc Chỉ thị số 12-CT/TW?');
  });
});

const FILE = 'reports/tinh-a/huyen-a/dan-chieu.mdx';
const ct12 = '---\nnumber: 12-CT/TW\nkind: chi-thi\nissuer: Ban Bí thư (khóa XIII)\nissued: 2022-01-05\nsubject: Về đối ngoại nhân dân\n---\n\nTóm tắt.\n';
function load(body: string) {
  const report = `---\nunit: huyen-a\nperiod: 2022-H1\ntitle: Báo cáo thử\n---\n\n${body}\n`;
  const { kb, problems } = loadKnowledgeBase(contentFolder({ [FILE]: report, 'directives/ct-12-2022.mdx': ct12 }));
  return { citations: kb.reports.find((r) => r.source.file === FILE)!.citations, problems: problems.filter((p) => p.file === FILE) };
}

describe('same number, different document', () => {
  it.each([
    ['Nghị quyết số 22-NQ/TW ngày 15/3/2018 của Bộ Chính trị về Bộ Công an', '22-NQ/TW|2018-03-15'],
    ['Chỉ thị số 12-CT/TW ngày 05/01/2017 của Bộ Chính trị về an ninh kinh tế', '12-CT/TW|2017-01-05'],
  ])('%j is another document: not flagged, not linked to ours', (body, identity) => {
    const { citations, problems } = load(body);
    expect(problems).toEqual([]);
    expect(citations[0]).toMatchObject({ documentId: null, identity });
  });

  it('takes an undated citation to be the one the same text dates', () => {
    const { citations } = load('Chỉ thị số 12-CT/TW ngày 05/01/2017 của Bộ Chính trị. Quán triệt Chỉ thị số 12-CT/TW và Chỉ thị 12.');
    expect(citations.map((c) => [c.documentId, c.identity])).toEqual([[null, '12-CT/TW|2017-01-05'], [null, '12-CT/TW|2017-01-05'], [null, '12-CT/TW|2017-01-05']]);
  });

  it('flags a wrong issuer', () => {
    const { problems } = load('Chỉ thị số 12-CT/TW ngày 05/01/2022 của Bộ Chính trị.');
    expect(problems.map((p) => p.message)).toEqual([
      'Chỉ thị số 12-CT/TW ngày 05/01/2022: văn bản này là Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư (khóa XIII) — sai cơ quan ban hành (Bộ Chính trị thay cho Ban Bí thư (khóa XIII))',
    ]);
  });

  it('accepts the issuer written shorter or longer', () => {
    expect(load('Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư Trung ương Đảng khóa XIII.').problems).toEqual([]);
  });
});

describe('short forms that name nothing', () => {
  it('stay quiet when nothing in the text looks like what was meant', () => {
    expect(load('Nghị quyết số 22-NQ/TW ngày 10/4/2013. Thực hiện Nghị quyết 30a của Chính phủ và Chương trình 135.').problems).toEqual([]);
  });
});

describe('resolveCitations', () => {
  const documents: KnownDocument[] = [
    { id: 'nd-80-2020', kind: 'nghi-dinh', number: '80/2020/NĐ-CP', issuer: 'Chính phủ', issued: '2020-07-08', inForce: '2020-09-17' },
    { id: 'nq-22-2013', kind: 'nghi-quyet', number: '22-NQ/TW', issuer: 'Bộ Chính trị (khóa XI)', issued: '2013-04-10' },
    { id: 'kh-92-2022', kind: 'ke-hoach', number: '92/KH-UBND', issuer: 'UBND tỉnh Quảng Ngãi', issued: '2022-06' },
  ];
  const resolve = (text: string) => resolveCitations(parseCitations(text), documents)[0];

  it.each([
    ['Nghị định số 80/2020/NĐ-CP ngày 08/7/2020', 'nd-80-2020', []],
    ['Nghị định số 80/2020/NĐ-CP', 'nd-80-2020', []],
    ['Nghị định số 80/2020/NĐ-CP ngày 17/9/2020', 'nd-80-2020', ['date']],
    ['Nghị định số 80/2022/NĐ-CP ngày 17/9/2020', 'nd-80-2020', ['number', 'date']],
    ['Nghị định số 80/2022/NĐ-CP ngày 05/10/2022', null, []],
    ['Nghị quyết 22-NQ/TW', 'nq-22-2013', []],
    ['Nghị quyết 22-NQ/TW ngày 10/3/2013', 'nq-22-2013', ['date']],
    ['Nghị quyết 22-NQ/TW ngày 15/3/2018', null, []],
    ['Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh', 'kh-92-2022', []],
    ['Kế hoạch số 92/KH-UBND ngày 03/6/2021', null, []],
    ['quán triệt Nghị quyết 22', 'nq-22-2013', []],
  ])('%j → %s %j', (text, id, fields) => {
    const r = resolve(text);
    expect(r?.documentId ?? null).toBe(id);
    expect((r?.mismatches ?? []).map((m) => m.field)).toEqual(fields);
  });
});

describe('another number on a described document\'s day', () => {
  it('asks about one wrong digit too: 13-CT/TW for 12-CT/TW', () => {
    expect(load('Chỉ thị số 13-CT/TW ngày 05/01/2022 của Ban Bí thư.').problems.map((p) => p.code)).toEqual(['citation-number-suspect']);
  });

  it('asks whether "Chỉ thị số 21-CT/TW ngày 05/01/2022 của Ban Bí thư" means 12-CT/TW, without linking it', () => {
    const { citations, problems } = load('Thực hiện Chỉ thị số 21-CT/TW ngày 05/01/2022 của Ban Bí thư về đối ngoại nhân dân.');
    expect(problems).toEqual([expect.objectContaining({
      line: 7, severity: 'warning', code: 'citation-number-suspect',
      message: 'Chỉ thị số 21-CT/TW ngày 05/01/2022: kho có Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư (khóa XIII), cùng loại, cùng ký hiệu và cùng ngày ban hành; có phải số hiệu ghi nhầm?',
    })]);
    expect(citations[0]).toMatchObject({ documentId: null });
  });

  it.each([
    ['another day', 'Chỉ thị số 21-CT/TW ngày 06/01/2022 của Ban Bí thư.'],
    ['another issuer', 'Chỉ thị số 21-CT/TW ngày 05/01/2022 của Tỉnh ủy Quảng Ngãi.'],
    ['another symbol', 'Chỉ thị số 21/CT-UBND ngày 05/01/2022 của Ban Bí thư.'],
    ['no issuer named (every UBND writes KH-UBND)', 'Chỉ thị số 21-CT/TW ngày 05/01/2022.'],
    ['a number more than a slip away', 'Chỉ thị số 45-CT/TW ngày 05/01/2022 của Ban Bí thư.'],
    ['no day, only a year', 'Chỉ thị số 21-CT/TW năm 2022 của Ban Bí thư.'],
  ])('stays silent on %s', (_, body) => {
    expect(load(body).problems).toEqual([]);
  });
});

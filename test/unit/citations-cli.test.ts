import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';

const kb = (...args: string[]) => spawnSync(join(projectRoot, 'node_modules/.bin/node'), ['--disable-warning=ExperimentalWarning', 'src/cli/kb.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });

describe('kb citations', () => {
  it('prints the contract JSON for a report, skipping the frontmatter but keeping its lines', () => {
    const out = JSON.parse(kb('citations', 'content/reports/quang-ngai/binh-son/2023-doi-ngoai-nhan-dan.mdx', '--json').stdout);
    expect(out[0]).toEqual({ number: '92/KH-UBND', date: '2022-06-03', kind: 'ke-hoach', issuer: 'UBND tỉnh Quảng Ngãi', line: 50 });
    expect(out).toContainEqual({ number: '80/2022/NĐ-CP', date: '2020-09-17', kind: 'nghi-dinh', issuer: 'Chính phủ', line: 126 });
    expect(out.every((c: object) => Object.keys(c).join() === 'number,date,kind,issuer,line')).toBe(true);
  });

  it('shows a table a person can read, and short forms with --all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-cit-'));
    const file = join(dir, 'bao-cao.txt');
    writeFileSync(file, 'Thực hiện Chỉ thị số 12-CT/TW ngày\r\n05/01/2022 của Ban Bí thư (gọi tắt là Chỉ thị 12).\r\n');
    const table = kb('citations', file).stdout;
    expect(table).toMatch(/^Dòng +Loại +Số, ký hiệu +Ngày +Cơ quan ban hành$/m);
    expect(table).toMatch(/^1 +Chỉ thị +12-CT\/TW +05\/01\/2022 +Ban Bí thư$/m);
    expect(table).not.toContain('12 →');
    expect(kb('citations', file, '--all').stdout).toMatch(/^2 +Chỉ thị +12 → 12-CT\/TW +05\/01\/2022/m);
  });

  it('names the file it cannot read', () => {
    const result = kb('citations', 'khong-co.txt');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Không đọc được tệp khong-co.txt: không có tệp này');
  });
});

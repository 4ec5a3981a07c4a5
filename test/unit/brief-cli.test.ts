import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';

const kb = (...args: string[]) => spawnSync(join(projectRoot, 'node_modules/.bin/node'), ['src/cli/kb.ts', ...args], {
  cwd: projectRoot,
  encoding: 'utf8',
  env: { ...process.env, KB_CONTENT_DIR: join(projectRoot, 'content'), KB_AS_OF: '2024-06-30' },
});

describe('kb brief ID', () => {
  it('prints the pack as Markdown: parts, quotes with their source, task status and figures', () => {
    const { status, stdout } = kb('brief', 'nd-80-2020');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# Tài liệu tập huấn: Nghị định 80\/2020\/NĐ-CP\n/);
    expect(stdout).toContain('- Quá trình kế tục: Nghị định 93/2009/NĐ-CP (22/10/2009) → Nghị định 80/2020/NĐ-CP (08/07/2020)');
    expect(stdout).toContain('>   - Bổ sung quy định về phân cấp quản lý.');
    expect(stdout).toContain('*Trích Báo cáo số …/BC-UBND năm 2023 của UBND huyện Bình Sơn, kỳ năm 2023, dòng ');
    expect(stdout).toContain('## 6. Nhiệm vụ đã cam kết và tình hình đến ngày 30/06/2024');
    expect(stdout).toMatch(/- Bổ sung quy định về phân cấp quản lý.* — Sở Ngoại vụ tỉnh Quảng Ngãi; hạn: không nêu hạn; không có hạn/);
    expect(stdout).toMatch(/- \*\*115\.000\.000 đồng\*\* — “… hiện nay đang triển khai thực hiện dự án Trùng tu, sửa chữa 2 giếng làng.*\(Báo cáo số …\/BC-UBND năm 2023 của UBND huyện Bình Sơn, kỳ năm 2023, dòng 74\)/);
  });

  it('names the documents that have a briefing when the id is unknown', () => {
    const { status, stderr } = kb('brief', 'nd-80-2022');
    expect(status).toBe(2);
    expect(stderr).toContain('Không có tài liệu tập huấn cho "nd-80-2022".');
    expect(stderr).toContain('nd-80-2020');
  });

  it('refuses a --dist folder that has no built briefing, saying what to do', () => {
    const { status, stderr } = kb('brief', 'nd-80-2020', '--pdf', '/tmp/khong-in.pdf', '--dist', join(projectRoot, 'khong-co-thu-muc'));
    expect(status).toBe(1);
    expect(stderr).toContain('chạy "npm run build" trước');
  });
});

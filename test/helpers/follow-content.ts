import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fixturesDir } from './content-folder.ts';
import { followUps, plan, secondProvince } from './tracker-content.ts';

/**
 * Content for the feed, calendar, sitemap and JSON-LD tests: the tracker's content, a plan whose
 * duty makes every district of province A report each half-year (huyen-a ceases on 30/06/2025 and
 * passes it to xa-a1), a letter without a due day ("chưa rõ hạn"), and a report whose title holds
 * markup, all committed in a git repository so pages and events take their dates from git.
 */
export const MARKUP_TITLE = 'Báo cáo <b>in đậm</b> & "trích" ]]> </script><script>alert(1)</script> hết';

export const extra: Record<string, string> = {
  'directives/kh-10-2023.mdx': `---
number: 10/KH-UBND
kind: ke-hoach
issuer: UBND tỉnh A
issued: 2023-01-05
subject: Kế hoạch thực hiện Nghị quyết 22-NQ/TW năm 2023
guidance: []
duties:
  - id: sau-thang
    title: Báo cáo kết quả thực hiện Kế hoạch 10
    levels: [huyen]
    provinces: [tinh-a]
    frequency: half-year
    dueOn: { H1: "07-15", H2: "01-15" }
    since: 2023-H1
---

Kế hoạch.
`,
  'directives/cv-9-2023.mdx': `---
number: 9/SNgV-HTQT
kind: cong-van
issuer: Sở Ngoại vụ tỉnh A
issued: 2023-02-01
subject: Về việc báo cáo đoàn ra năm 2022
duties:
  - id: doan-ra
    title: Báo cáo đoàn ra
    units: [huyen-b]
    frequency: once
    period: "2022"
---

Công văn.
`,
  'reports/tinh-b/huyen-b/2023-h2-dau.mdx': `---
unit: huyen-b
period: 2023-H2
issued: 2023-12-20
title: '${MARKUP_TITLE}'
directives: [nq-22-2013]
---

Nội dung có tiêu đề lạ.
`,
};

/** A git repository holding the content under content/, committed on `date` (ISO with offset). */
export function contentRepository(date: string): { repo: string; content: string; commit(date: string, files: Record<string, string>): void } {
  const repo = mkdtempSync(join(tmpdir(), 'kb-follow-'));
  const content = join(repo, 'content');
  cpSync(join(fixturesDir, 'basic'), content, { recursive: true });
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(content, path)), { recursive: true });
      writeFileSync(join(content, path), text);
    }
  };
  write({ ...plan, ...followUps, ...secondProvince, ...extra });
  const git = (when: string, ...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], {
    env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
  });
  git(date, 'init', '-q', '-b', 'main');
  git(date, 'add', '.');
  git(date, 'commit', '-qm', 'content');
  return {
    repo,
    content,
    commit(when, files) {
      write(files);
      git(when, 'add', '.');
      git(when, 'commit', '-qm', 'edit');
    },
  };
}

/** The text of a content file in the repository, to edit it. */
export function readContent(content: string, path: string): string {
  return readFileSync(join(content, path), 'utf8');
}

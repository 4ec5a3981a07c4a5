import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/kb/catalog.ts';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { publicView } from '../../src/lib/kb/public-view.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const secret = `---
unit: huyen-a
period: 2023-H1
issued: 2023-06-10
title: Báo cáo mật
confidential: true
tasks:
  - id: mat
    title: Nhiệm vụ mật
    owner: so-ngoai-vu-a
progress:
  - task: tinh-a/huyen-a/2022-h1-hoi-nhap#tap-huan
    status: done
---

Nội dung mật.
`;
const follower = `---
unit: huyen-a
period: 2023-H2
issued: 2023-12-10
title: Báo cáo công khai sau đó
progress:
  - task: tinh-a/huyen-a/2023-mat#mat
    status: in-progress
  - task: tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen
    status: done
---

Nội dung.
`;

describe('the public view of a knowledge base with a confidential report', () => {
  const { kb, problems } = loadKnowledgeBase(contentFolder({ 'reports/tinh-a/huyen-a/2023-mat.mdx': secret, 'reports/tinh-a/huyen-a/2023-h2.mdx': follower }));
  const catalog = buildCatalog(publicView(kb));

  it('is checked in full first: the confidential report is valid content', () => {
    expect(problems).toEqual([]);
    expect(kb.reports.map((r) => r.id)).toContain('tinh-a/huyen-a/2023-mat');
  });

  it('has neither the report, nor its tasks, nor the progress it records', () => {
    expect(catalog.report('tinh-a/huyen-a/2023-mat')).toBeUndefined();
    expect(catalog.reportsNewestFirst).toHaveLength(3);
    expect(catalog.allTasks.map((t) => t.key)).not.toContain('tinh-a/huyen-a/2023-mat#mat');
    expect(catalog.tasksOwnedBy('so-ngoai-vu-a').map((t) => t.title)).not.toContain('Nhiệm vụ mật');
    const progress = catalog.reportsNewestFirst.flatMap((r) => r.progress.map((p) => p.task));
    expect(progress).not.toContain('tinh-a/huyen-a/2022-h1-hoi-nhap#tap-huan');
  });

  it('drops a public report\'s progress on the confidential report\'s task, and keeps the rest', () => {
    const later = catalog.report('tinh-a/huyen-a/2023-h2')!;
    expect(later.progress.map((p) => p.task)).toEqual(['tinh-a/huyen-a/2022-h1-hoi-nhap#tuyen-truyen']);
  });

  it('leaves a knowledge base without confidential reports as it is', () => {
    const plain = loadKnowledgeBase(contentFolder()).kb;
    expect(publicView(plain)).toBe(plain);
  });
});

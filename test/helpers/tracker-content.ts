/** Content the tracker tests add to the basic fixture (test/fixtures/basic). */

/** A report of huyen-a setting three tasks due 2023-H1 (30/06/2023), and a letter asking for it. */
export const plan: Record<string, string> = {
  'directives/cv-7-2023.mdx': `---
number: 7/SNgV-HTQT
kind: cong-van
issuer: Sở Ngoại vụ tỉnh A
issued: 2023-01-03
subject: Về việc báo cáo kết quả hội nhập quốc tế năm 2022
duties:
  - id: tra-loi
    title: Báo cáo theo Công văn 7/SNgV-HTQT
    units: [huyen-a]
    frequency: once
    period: "2022"
    due: 2023-01-15
---

Công văn đề nghị báo cáo.
`,
  'reports/tinh-a/huyen-a/2022-hoi-nhap.mdx': `---
unit: huyen-a
period: "2022"
issued: 2023-01-20
number: 5/BC-UBND
title: Báo cáo hội nhập quốc tế năm 2022
request: cv-7-2023
directives: [nq-22-2013]
tasks:
  - id: dung-han
    title: Nhiệm vụ được báo cáo xong đúng ngày hạn
    due: 2023-H1
  - id: tre-han
    title: Nhiệm vụ được báo cáo xong sau hạn
    due: 2023-H1
  - id: chua-xong
    title: Nhiệm vụ chưa ai báo cáo
    due: 2023-H1
---

Nội dung báo cáo năm.
`,
};

/** Follow-ups: one issued ON the due day, one two weeks late, one confidential (never counted). */
export const followUps: Record<string, string> = {
  'reports/tinh-a/huyen-a/2023-h1-hoi-nhap.mdx': `---
unit: huyen-a
period: 2023-H1
issued: 2023-06-30
title: Báo cáo hội nhập quốc tế 6 tháng đầu năm 2023
directives: [nq-22-2013]
progress:
  - task: tinh-a/huyen-a/2022-hoi-nhap#dung-han
    status: done
---

Đã hoàn thành.
`,
  'reports/tinh-a/huyen-a/2023-07-bo-sung.mdx': `---
unit: huyen-a
period: 2023-H2
issued: 2023-07
title: Báo cáo bổ sung tháng 7 năm 2023
progress:
  - task: tinh-a/huyen-a/2022-hoi-nhap#tre-han
    status: done
---

Đã hoàn thành, chậm.
`,
  'reports/tinh-a/huyen-a/mat.mdx': `---
unit: huyen-a
period: 2023-H1
issued: 2023-05-01
title: Báo cáo mật
confidential: true
tasks:
  - id: bi-mat
    title: Nhiệm vụ mật
    due: 2023-H1
progress:
  - task: tinh-a/huyen-a/2022-hoi-nhap#chua-xong
    status: done
---

Mật.
`,
};

/** A second province with one district and one overdue task, so filters by province have a choice. */
export const secondProvince: Record<string, string> = {
  'units/tinh-b.yaml': `- id: tinh-b
  name: UBND tỉnh B
  level: tinh
  province: tinh-b
- id: huyen-b
  name: UBND huyện B
  level: huyen
  parent: tinh-b
  province: tinh-b
`,
  'reports/tinh-b/huyen-b/2023-h1.mdx': `---
unit: huyen-b
period: 2023-H1
issued: 2023-06-10
title: Báo cáo huyện B 6 tháng đầu năm 2023
directives: [nq-59-2025]
tasks:
  - id: viec-b
    title: Việc của huyện B
    due: 2023-H1
---

Nội dung.
`,
};

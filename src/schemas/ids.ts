import { z } from 'astro/zod';

/** A lower-case slug such as `binh-son` or `nq-22-2013`: ids appear in URLs and in other files' references. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang (ví dụ binh-son)');

/** A reference to a task in any report: `<report id>#<task id>`. */
export const taskRefSchema = z
  .string()
  .regex(/^[a-z0-9/-]+#[a-z0-9-]+$/, 'viết <mã báo cáo>#<mã nhiệm vụ>, ví dụ quang-ngai/binh-son/2022-h1-hoi-nhap#tuyen-truyen');

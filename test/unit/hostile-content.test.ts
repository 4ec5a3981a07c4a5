import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { markdownDepth, MAX_MARKDOWN_DEPTH, MAX_YAML_DEPTH, yamlDepth } from '../../src/lib/content/depth.ts';
import { hostileInputs, NOT_ABOUT_ALIASES } from '../fixtures/hostile-inputs.ts';
import { contentFolder } from '../helpers/content-folder.ts';

describe('content nested thousands deep', () => {
  const deep = hostileInputs.filter((input) => /deep/.test(input.name));

  it.each(deep.map((input) => [input.name, input] as const))('%s: refused by line, in words about nesting, not aliases', (_, input) => {
    const { problems } = loadKnowledgeBase(contentFolder(input.files));
    const found = problems.filter((p) => p.file === input.expect.file);
    expect(found, JSON.stringify(found)).toEqual([expect.objectContaining({ line: input.expect.line, severity: 'error' })]);
    expect(found[0].message).toMatch(/lồng nhau quá sâu/);
    expect(`${found[0].message} ${found[0].hint}`).not.toMatch(NOT_ABOUT_ALIASES);
  });

  it('lets the nesting real reports use pass: quotes, nested lists, emphasis, footnotes, <sup>', () => {
    const body = '> Trích:\n> > trích lồng\n\n1. Một\n   - a\n     - b **đậm *nghiêng* đậm** [^1] x<sup>2</sup>\n\n[^1]: Chú thích [xem](https://example.vn).\n';
    expect(markdownDepth(body).depth).toBeLessThan(10);
    const { problems } = loadKnowledgeBase(contentFolder({ 'reports/tinh-a/huyen-a/long-nhau.mdx': `---\nunit: huyen-a\nperiod: 2022-H1\ntitle: "Báo cáo [thử] {1}"\n---\n\n${body}` }));
    expect(problems).toEqual([]);
  });

  it('counts exactly at the limits: one level more is refused', () => {
    expect(markdownDepth(`${'>'.repeat(MAX_MARKDOWN_DEPTH)} x`).depth).toBe(MAX_MARKDOWN_DEPTH);
    expect(yamlDepth(`a: ${'['.repeat(MAX_YAML_DEPTH - 1)}`).depth).toBe(MAX_YAML_DEPTH);
    expect(yamlDepth(`a: "${'['.repeat(500)}"`).depth).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { checkBodySafety } from '../../src/lib/content/mdx-safety.ts';
import { isSafeUrl } from '../../src/lib/content/safe-url.ts';

/** Codes of the problems a body raises, the body starting on line 10 of its file. */
const codes = (body: string) => checkBodySafety(body, 'reports/x.mdx', 10).map((p) => p.code);

describe('attempts to put code in a report are refused', () => {
  it.each([
    ['an element spelled in capitals', 'Chữ <Script>alert(1)</Script>', 'mdx-element'],
    ['an SVG with an event handler', '<svg onload="alert(1)" />', 'mdx-element'],
    ['an unquoted event handler', '<svg onload=alert(1)>', 'mdx-syntax'],
    ['a link element with a mixed-case javascript: URL', '<a href="JaVaScRiPt:alert(1)">x</a>', 'mdx-element'],
    ['an iframe', 'Xem <iframe src="https://x"></iframe>', 'mdx-element'],
    ['a style element', '<style>{`body{display:none}`}</style>', 'mdx-element'],
    ['an allowed element with an attribute', 'm<sup onclick="x">2</sup>', 'mdx-attribute'],
    ['an allowed element with a spread attribute', 'm<sup {...props}>2</sup>', 'mdx-attribute'],
    ['an allowed element with an expression attribute', 'm<sup title={alert(1)}>2</sup>', 'mdx-attribute'],
    ['an allowed element in capitals', 'm<SUP>2</SUP>', 'mdx-element'],
    ['a Markdown link to javascript:', '[bấm](javascript:alert(1))', 'unsafe-url'],
    ['javascript: in mixed case', '[bấm](JaVaScRiPt:alert(1))', 'unsafe-url'],
    ['javascript: spelled with an entity', '[bấm](java&#115;cript:alert(1))', 'unsafe-url'],
    ['javascript: with a colon entity', '[bấm](javascript&colon;alert(1))', 'unsafe-url'],
    ['javascript: with a space inside angle brackets', '[bấm](<java script:alert(1)>)', 'unsafe-url'],
    ['vbscript:', '[bấm](vbscript:msgbox(1))', 'unsafe-url'],
    ['an image with a data: URL', '![a](data:image/svg+xml;base64,PHN2Zz4=)', 'unsafe-url'],
    ['a file: URL', '[tệp](file:///etc/passwd)', 'unsafe-url'],
    ['an autolink to javascript:', '<javascript:alert(1)>', 'mdx-syntax'],
    ['a reference definition to javascript: used before it', '[bấm]\n\n[bấm]: javascript:alert(1)', 'unsafe-url'],
    ['a reference definition to javascript: used after it', '[x]: javascript:alert(1)\n\n[bấm][x]', 'unsafe-url'],
    ['an image reference to a data: URL', '![a][i]\n\n[i]: data:text/html,x', 'unsafe-url'],
    ['a reference definition inside a quote', '> [x]: javascript:alert(1)\n\n[bấm][x]', 'unsafe-url'],
    ['a reference definition with an escaped bracket in its label', '[a\\]b]: javascript:alert(1)\n\n[bấm][a\\]b]', 'unsafe-url'],
    ['a reference definition among footnotes', 'Chữ[^1]\n\n[^1]: Chú thích.\n\n[x]: javascript:alert(1)\n\n[y][x]', 'unsafe-url'],
    ['a link inside a footnote', 'Chữ[^1]\n\n[^1]: Xem [đây](javascript:alert(1)).', 'unsafe-url'],
    ['a raw HTML comment', 'Chữ\n\n<!-- <script>alert(1)</script> -->', 'mdx-syntax'],
    ['a processing instruction', '<?php echo 1 ?>', 'mdx-syntax'],
    ['a CDATA section', '<![CDATA[ x ]]>', 'mdx-syntax'],
    ['an import', 'import x from "y"', 'mdx-import'],
    ['an export after text', 'Văn bản\n\nexport const a = 1', 'mdx-import'],
    ['an expression', 'Tổng {1 + 1} đồng', 'mdx-expression'],
    ['an expression in a table cell', '| a | b |\n|---|---|\n| {x} | y |', 'mdx-expression'],
    ['an expression in a heading', '## Mục {x}', 'mdx-expression'],
    ['an element in a list', '- một\n- <script>alert(1)</script>', 'mdx-element'],
    ['an element in a quote', '> <img src="x" onerror="alert(1)" />', 'mdx-element'],
    ['an element with unquoted attributes in a quote', '> <img src=x onerror=alert(1) />', 'mdx-syntax'],
    ['an element in a footnote', 'a[^1]\n\n[^1]: <b onmouseover="x">b</b>', 'mdx-element'],
    ['indented HTML, which MDX reads as an element', '    <script>alert(1)</script>', 'mdx-element'],
  ])('%s', (_, body, code) => {
    expect(codes(body)).toContain(code);
  });

  it('points at the line in the file, and says how to fix it', () => {
    const [problem] = checkBodySafety('Đoạn một.\n\nĐoạn hai <script>x</script>', 'reports/x.mdx', 10);
    expect(problem).toMatchObject({ file: 'reports/x.mdx', line: 12, code: 'mdx-element' });
    expect(problem.hint).toContain('<sup>');
  });

  it('names the element when one breaks the parse', () => {
    const [problem] = checkBodySafety('<svg onload=alert(1)>', 'reports/x.mdx', 1);
    expect(problem).toMatchObject({ code: 'mdx-syntax', message: 'thẻ <svg> không được phép trong báo cáo' });
  });

  it('gives MDX\'s reason for another syntax error, without its parenthesised advice', () => {
    const [problem] = checkBodySafety('Tổng cộng {1 + ', 'reports/x.mdx', 1);
    expect(problem.code).toBe('mdx-syntax');
    expect(problem.message).toMatch(/^nội dung MDX không hợp lệ: [^(]+$/);
  });

  it('words an HTML comment for an author, without MDX\'s advice to write {/* */}', () => {
    const [problem] = checkBodySafety('<!-- ghi chú -->', 'reports/x.mdx', 7);
    expect(problem.message).toContain('<!--');
    expect(problem.message + problem.hint).not.toContain('{/*');
    expect(problem.line).toBe(7);
  });
});

describe('text that only looks like code is accepted', () => {
  it.each([
    ['a less-than sign between words', 'Tỷ lệ a < b và c > d'],
    ['angle brackets in inline code', 'Gõ `<script>` hoặc `{x}` để thử'],
    ['angle brackets in a fenced block', '```\n<script>alert(1)</script>\n{x}\n```'],
    ['escaped characters', 'Ký hiệu \\<br\\> và \\{x\\}'],
    ['the word export inside a list', '- export const a = 1\n- import x'],
    ['the plain elements', 'CO<sub>2</sub>, m<sup>2</sup><br/>dòng mới<br />'],
    ['web, mail and in-site links', '[a](https://chinhphu.vn) [b](mailto:a@b.vn) [c](tel:+842553822) [d](/van-ban/nq-22-2013/) [e](#toan-van) [f](../x/)'],
    ['a footnote', 'Chữ[^1]\n\n[^1]: Chú thích.'],
    ['a bare web address', 'Xem www.chinhphu.vn hoặc https://baoquangngai.vn'],
    ['a reference definition to a web page', '[x]: https://chinhphu.vn\n\n[văn bản][x]'],
  ])('%s', (_, body) => {
    expect(checkBodySafety(body, 'reports/x.mdx', 1)).toEqual([]);
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://a.vn', true], ['HTTP://a.vn', true], ['mailto:a@b.vn', true], ['tel:0255', true],
    ['/bao-cao/', true], ['#ct-fn-1', true], ['./x', true], ['x/y', true],
    ['javascript:alert(1)', false], [' \tjavascript:alert(1)', false], ['\u0001javascript:x', false], ['JAVASCRIPT:x', false],
    ['java\tscript:x', false], ['vbscript:x', false], ['data:text/html,x', false], ['file:///etc', false],
  ])('%j → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

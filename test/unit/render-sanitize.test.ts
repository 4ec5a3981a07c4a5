import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/lib/content/safe-url.ts';
import { renderBody } from '../../src/lib/render/body.ts';

/** Elements and attributes Markdown rendering produces; nothing else may reach a page. */
const MARKDOWN_ELEMENTS = new Set(['p', 'a', 'img', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'sup', 'sub', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section', 'input']);
const ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'id', 'class', 'align', 'start', 'type', 'checked', 'disabled', 'aria-describedby', 'aria-label', 'data-footnote-ref', 'data-footnote-backref', 'data-footnotes']);

/** Every tag in rendered HTML with its attributes (the renderer quotes attributes and escapes text). */
function tags(html: string): { name: string; attributes: [string, string][] }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)].map(([, name, rest]) => ({
    name: name.toLowerCase(),
    attributes: [...rest.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, key, value]) => [key.toLowerCase(), value ?? '']),
  }));
}

/** Bodies that slipped past the checks: rendering alone must keep them harmless. */
const attacks = [
  '<script>alert(1)</script>',
  'Chữ <Script>alert(1)</Script>',
  '<svg onload=alert(1)>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<sup onclick="alert(1)">2</sup>',
  '<div>\n<script>alert(1)</script>\n</div>',
  '<style>body{display:none}</style>',
  '<!-- <script>alert(1)</script> -->',
  '<javascript:alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](java&#115;cript:alert(1))',
  '[x]\n\n[x]: javascript:alert(1)',
  '![a](data:image/svg+xml;base64,PHN2Zz4=)',
  '[x](vbscript:msgbox(1))',
  '<form action="https://evil.example"><input name=q></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<object data="x.swf"></object><embed src="x.swf">',
];

describe('rendering keeps an unchecked body harmless', () => {
  it.each(attacks)('%j', (body) => {
    const html = renderBody(body);
    for (const tag of tags(html)) {
      expect(MARKDOWN_ELEMENTS, html).toContain(tag.name);
      for (const [key, value] of tag.attributes) {
        expect(ATTRIBUTES, html).toContain(key);
        if (key === 'href' || key === 'src') expect(isSafeUrl(value), html).toBe(true);
      }
    }
  });

  it('shows refused HTML as text rather than dropping it', () => {
    expect(renderBody('Xem <b onclick="x">đây</b>')).toContain('&lt;b onclick="x"&gt;đây');
  });

  it('keeps the elements and links a report may use', () => {
    const html = renderBody('CO<sub>2</sub>, m<sup>2</sup><br/>[Cổng](https://chinhphu.vn) [mục](#toan-van) chú thích[^1]\n\n[^1]: Nguồn.\n');
    expect(html).toContain('CO<sub>2</sub>, m<sup>2</sup><br/>');
    expect(html).toContain('<a href="https://chinhphu.vn">Cổng</a>');
    expect(html).toContain('<a href="#toan-van">mục</a>');
    expect(html).toContain('id="ct-fn-1"');
  });
});

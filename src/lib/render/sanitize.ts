import { defineHastPlugin } from 'satteri';
import { isSafeUrl } from '../content/safe-url.ts';

/**
 * The renderer's own line of defence. Bodies are checked before they are rendered
 * (content/mdx-safety.ts), but satteri's Markdown renderer passes raw HTML through verbatim, so a
 * body that reached it unchecked could inject script. This plugin makes that impossible:
 *
 * - Raw HTML becomes visible text, except the exact tags reports may use (<sup>, </sup>, <sub>,
 *   </sub>, <br>) with no attributes. Everything else Markdown produces is a fixed set of elements
 *   whose attributes the renderer writes itself.
 * - Links and images keep their address only if it is http(s), mailto, tel or inside the site.
 * - Elements that run or embed code are replaced by their text, should a Markdown plugin of ours
 *   ever produce one.
 */
const ALLOWED_RAW = /^(?:<\/?(?:sup|sub)>|<br\s*\/?>)$/i;
const CODE_ELEMENTS = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'template', 'link', 'meta', 'base', 'form'];

export const sanitizeBody = defineHastPlugin({
  name: 'kb-sanitize-body',
  raw(node, ctx) {
    if (!ALLOWED_RAW.test(node.value.trim())) ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  element: [
    {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const url = node.properties?.[key];
        if (url !== undefined && !isSafeUrl(String(url))) ctx.setProperty(node, key, undefined);
      },
    },
    {
      filter: CODE_ELEMENTS,
      visit(node, ctx) {
        ctx.replaceNode(node, { type: 'text', value: ctx.textContent(node) });
      },
    },
  ],
});

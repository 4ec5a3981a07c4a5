import { mdxToMdast } from 'satteri';
import type { Problem } from '../problems.ts';

/**
 * A report is content, never code. Its MDX may hold Markdown and these plain elements only,
 * without attributes; anything else (import/export, {…} expressions, <script>, event handlers,
 * javascript:/data: links) is refused here, before anything compiles or renders it.
 */
export const ALLOWED_ELEMENTS = new Set(['sup', 'sub', 'br']);

const SAFE_URL = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: unknown[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** Checks one body; `firstLine` is the body's first line in the file, so positions point into the file. */
export function checkBodySafety(body: string, file: string, firstLine: number): Problem[] {
  // Cheap pre-check: bodies with none of the characters that start MDX syntax need no parse.
  if (!/[<{}]|^\s*(import|export)\s|\]\(/m.test(body)) return [];
  const problems: Problem[] = [];
  const lineOf = (node: Node) => (node.position?.start.line ?? 1) + firstLine - 1;
  const column = (node: Node) => node.position?.start.column;
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line, col] = /^(\d+):(\d+)/.exec(message) ?? [];
    return [{
      file, line: (Number(line) || 1) + firstLine - 1, column: Number(col) || undefined, severity: 'error', code: 'mdx-syntax',
      message: `nội dung MDX không hợp lệ: ${message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').replace(/\s*\(mdx[^)]*\)$/, '')}`,
      hint: 'dấu { } và < trong văn bản phải viết \\{ \\} \\< ; chỉ dùng các thẻ <sup>, <sub>, <br>',
    }];
  }
  const add = (node: Node, code: string, message: string, hint: string) =>
    problems.push({ file, line: lineOf(node), column: column(node), severity: 'error', code, message, hint });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, 'mdx-import', 'báo cáo không được chứa import/export', 'xóa dòng này; báo cáo chỉ chứa văn bản');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, 'mdx-expression', `báo cáo không được chứa biểu thức {${truncate(node.value ?? '')}}`, 'nếu đây là chữ trong văn bản, viết \\{ và \\}');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!ALLOWED_ELEMENTS.has(name)) {
          add(node, 'mdx-element', `thẻ <${name || '>'}${name ? '>' : ''} không được phép trong báo cáo`, 'chỉ dùng <sup>, <sub>, <br>; nếu đây là chữ, viết \\<');
        } else if (node.attributes?.length) {
          add(node, 'mdx-attribute', `thẻ <${name}> không được có thuộc tính`, `viết <${name}> không kèm thuộc tính`);
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && !SAFE_URL.test(node.url.trim())) {
          add(node, 'unsafe-url', `đường dẫn "${truncate(node.url)}" không được phép`, 'chỉ dùng đường dẫn http(s), mailto hoặc đường dẫn trong trang');
        }
        break;
      case 'html':
        add(node, 'mdx-element', 'mã HTML không được phép trong báo cáo', 'xóa mã HTML; chỉ dùng <sup>, <sub>, <br>');
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

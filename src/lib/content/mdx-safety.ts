import { mdxToMdast } from 'satteri';
import type { Problem } from '../problems.ts';
import { isSafeUrl } from './safe-url.ts';

/**
 * A report is content, never code. Its MDX may hold Markdown and these plain elements only,
 * without attributes; anything else (import/export, {…} expressions, <script>, event handlers,
 * javascript:/data: links) is refused here, before anything compiles or renders it. The renderer
 * has its own allow-list as well (src/lib/render/sanitize.ts), so one slip here is not enough.
 */
export const ALLOWED_ELEMENTS = new Set(['sup', 'sub', 'br']);

/**
 * Bodies without any of these can hold neither MDX syntax nor a link, so they need no parse:
 * `<` (elements, autolinks), braces, import/export lines, `](` (inline links and images) and `]:`
 * (reference definitions, which reference links and images need: `[x][ref]`, `[x]` with
 * `[x]: url`). Footnote definitions (`[^1]: …`) carry no address and are set aside first, so a
 * report whose only brackets are footnotes skips the parse.
 */
const MAY_HOLD_CODE_OR_LINKS = /[<{}]|^[ \t]*(?:import|export)\b|\]\(|\]:/m;
const FOOTNOTE_DEFINITION = /\[\^[^\]\s]+\]:/g;

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
  if (!MAY_HOLD_CODE_OR_LINKS.test(body.replace(FOOTNOTE_DEFINITION, ''))) return [];
  const problems: Problem[] = [];
  const lineOf = (node: Node) => (node.position?.start.line ?? 1) + firstLine - 1;
  const column = (node: Node) => node.position?.start.column;
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    return [syntaxProblem(body, error, file, firstLine)];
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
          add(node, 'mdx-element', `thẻ <${name || '>'}${name ? '>' : ''} không được phép trong báo cáo`, 'chỉ dùng <sup>, <sub>, <br> viết thường; nếu đây là chữ, viết \\<');
        } else if (node.attributes?.length) {
          add(node, 'mdx-attribute', `thẻ <${name}> không được có thuộc tính`, `viết <${name}> không kèm thuộc tính`);
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && !isSafeUrl(node.url)) {
          add(node, 'unsafe-url', `đường dẫn "${truncate(node.url)}" không được phép`, 'chỉ dùng đường dẫn http(s), mailto, tel hoặc đường dẫn trong trang');
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

/**
 * MDX stops at its first syntax error. Its message suggests MDX remedies ({/* comments *\/}, JSX)
 * that reports may not use, so the common cases get their own words.
 */
function syntaxProblem(body: string, error: unknown, file: string, firstLine: number): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  const [, lineText, colText] = /^(\d+):(\d+)/.exec(raw) ?? [];
  const line = Number(lineText) || 1;
  const col = Number(colText) || undefined;
  const at = { file, line: line + firstLine - 1, column: col, severity: 'error' as const, code: 'mdx-syntax' };
  const rest = (body.split('\n')[line - 1] ?? '').slice((col ?? 1) - 1);
  if (rest.startsWith('<!')) {
    return { ...at, message: 'chú thích hay khai báo HTML (<!-- … -->, <!DOCTYPE>) không được phép trong báo cáo', hint: 'xóa đoạn này; ghi chú cho người biên tập thì để ngoài tệp' };
  }
  if (/^<[a-z][a-z0-9+.-]*:/i.test(rest)) {
    return { ...at, message: `liên kết dạng ${truncate(rest.split('>')[0])}> không dùng được`, hint: 'viết [chữ hiển thị](https://…) hoặc chỉ ghi https://… không kèm dấu < >' };
  }
  // An element reports may not carry (<style>, <script>, <div>) often breaks the parse inside it
  // (`{ color: red }` read as an expression): name the element rather than the parser's complaint.
  const source = body.split('\n')[line - 1] ?? '';
  const element = [...source.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase()).find((name) => !['sup', 'sub', 'br'].includes(name));
  if (element) {
    return { ...at, column: undefined, message: `thẻ <${element}> không được phép trong báo cáo`, hint: 'xóa thẻ này; báo cáo chỉ dùng Markdown và các thẻ <sup>, <sub>, <br>' };
  }
  const reason = raw.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').replace(/\s*\(note:.*$/s, '').replace(/\s*\(mdx[^)]*\)$/, '');
  return { ...at, message: `nội dung MDX không hợp lệ: ${reason}`, hint: 'dấu { } và < trong văn bản phải viết \\{ \\} \\< ; chỉ dùng các thẻ <sup>, <sub>, <br>' };
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

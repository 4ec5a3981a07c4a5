import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';

/** A file split into its YAML frontmatter and its body, with the line each starts on. */
export interface SplitFile {
  yaml: string;
  /** Line of the first YAML line (after the opening ---). */
  yamlLine: number;
  body: string;
  /** Line of the first body line. */
  bodyLine: number;
}

/**
 * Splits `---\nyaml\n---\nbody`; null when the file does not open with a closed frontmatter block.
 * Only the frontmatter lines are scanned: a 60 KB body is sliced off, never split into lines.
 */
export function splitFrontmatter(text: string): SplitFile | null {
  if (!opensFrontmatter(text)) return null;
  let end = text.indexOf('\n');
  for (let line = 2; end >= 0; line++) {
    const start = end + 1;
    end = text.indexOf('\n', start);
    if ((end < 0 ? text.slice(start) : text.slice(start, end)).trim() === '---') {
      return { yaml: text.slice(text.indexOf('\n') + 1, start - 1), yamlLine: 2, body: end < 0 ? '' : text.slice(end + 1), bodyLine: line + 1 };
    }
  }
  return null;
}

/** Whether the first line is `---`: with no closing line, the author forgot to close the block. */
export function opensFrontmatter(text: string): boolean {
  return text.split('\n', 1)[0].trim() === '---';
}

/** Parsed YAML plus a way to find the line of any value in it. */
export interface ParsedYaml {
  data: unknown;
  /** 1-based line in the whole file of the value at `path` (or of its nearest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number;
  /** Syntax errors, with the yaml library's code (see yaml-messages.ts). */
  errors: { message: string; line: number; code?: string }[];
  /** What the parser tolerated but should be fixed (an unknown `!tag`). */
  warnings: { message: string; line: number }[];
}

export function parseYaml(yaml: string, firstLine: number): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const errors: ParsedYaml['errors'] = doc.errors.map((e) => ({ message: e.message.split('\n')[0], line: lineAt(e.pos[0]), code: /call stack|stack overflow/i.test(e.message) ? 'TOO_DEEP' : e.code }));
  const warnings = doc.warnings.map((e) => ({ message: e.message.split('\n')[0], line: lineAt(e.pos[0]) }));
  let data: unknown;
  if (!errors.length) {
    try {
      // toJS refuses alias bombs ("billion laughs") by throwing; that is bad content, not a crash.
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A stack overflow is nesting, not aliases: the message must not send the author after * and &.
      errors.push({ message, line: firstLine, code: /call stack|stack overflow/i.test(message) ? 'TOO_DEEP' : 'RESOURCE_EXHAUSTION' });
    }
  }
  return {
    data,
    errors,
    warnings,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : firstLine;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
          if (!pair) break;
          const keyNode = pair.key as Node;
          if (keyNode?.range) line = lineAt(keyNode.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key];
          if ((node as Node)?.range) line = lineAt((node as Node).range![0]);
        } else break;
      }
      return line;
    },
  };
}

/**
 * How deeply a text nests, found by a cheap scan before any parser sees it. The YAML library and
 * the JavaScript walks over satteri's Markdown tree recurse once per level, so a few thousand
 * levels end in "Maximum call stack size exceeded" (measured: YAML maps, sequences and flow
 * collections break between 100 and 1,000 levels; an MDX tree of 10,000 nested <sup> breaks the
 * MDX check). No report needs more than a handful of levels, so anything past the limits below is
 * refused with its line instead of being handed to a parser. The scans overestimate rather than
 * miss: a count may include a level the parser would not make, never the other way round.
 */
export const MAX_YAML_DEPTH = 32;
export const MAX_MARKDOWN_DEPTH = 100;

export interface Depth {
  depth: number;
  /** 1-based line (in the scanned text) where the deepest level was reached. */
  line: number;
}

/**
 * YAML nesting: indentation levels open on a line, plus `- ` markers leading it, plus flow
 * brackets `[` `{` still open (across lines). Quoted text is skipped, so a title with brackets
 * does not count.
 */
export function yamlDepth(text: string): Depth {
  const indents: number[] = [];
  let flow = 0;
  let deepest: Depth = { depth: 0, line: 1 };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const content = line.trimStart();
    if (!content || content.startsWith('#')) continue;
    const indent = line.length - content.length;
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
    }
    const dashes = /^(?:-[ \t]+)*/.exec(content)![0].replace(/[ \t]/g, '').length;
    let peak = flow;
    flow = scanFlow(content, flow, (open) => (peak = Math.max(peak, open)));
    const depth = indents.length + dashes + peak;
    if (depth > deepest.depth) deepest = { depth, line: i + 1 };
  }
  return deepest;
}

/** Open flow brackets after `line`, outside quotes; `seen` gets each new count of open brackets. */
function scanFlow(line: string, open: number, seen: (open: number) => void): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
    else if (c === '[' || c === '{') seen(++open);
    else if ((c === ']' || c === '}') && open > 0) open--;
  }
  return open;
}

const CONTAINER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
/** Escapes (skipped), brackets, <sup>/<sub> tags, and emphasis runs opening or closing a word. */
const INLINE = /\\.|\[|\]|<(?<tag>\/?)(?:sup|sub)\b[^>]*>|(?<open>(?<=^|[\s(["'])[*_]+(?=\S))|(?<close>(?<=\S)[*_]+)/gi;
const ONLY_MARKS = /^[\s*_\-=#>]*$/;

/**
 * Markdown nesting, per line: block containers (`>` quotes and list markers, with each two columns
 * of indentation before a marker counted as a list level), plus, per paragraph, inline openers
 * still open: `[`, emphasis runs of `*` or `_` opening a word, and `<sup>`/`<sub>` tags.
 */
export function markdownDepth(text: string): Depth {
  let deepest: Depth = { depth: 0, line: 1 };
  let inline = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let rest = lines[i];
    if (!rest.trim()) {
      inline = 0;
      continue;
    }
    let blocks = 0;
    for (let match = CONTAINER.exec(rest); match; match = CONTAINER.exec(rest)) {
      const indent = /^[ \t]*/.exec(rest)![0].replace(/\t/g, '    ').length;
      blocks += 1 + Math.floor(indent / 2);
      rest = rest.slice(match[0].length);
      if (blocks > MAX_MARKDOWN_DEPTH) break; // past the limit already: no need to count thousands
    }
    let peak = inline;
    if (!ONLY_MARKS.test(rest)) {
      const note = (delta: number) => {
        inline = Math.max(0, inline + delta);
        peak = Math.max(peak, inline);
      };
      for (const m of rest.matchAll(INLINE)) {
        const g = m.groups!;
        if (g.open) note(g.open.length);
        else if (g.close) note(-g.close.length);
        else if (g.tag !== undefined) note(g.tag ? -1 : 1);
        else if (m[0] === '[') note(1);
        else if (m[0] === ']') note(-1);
      }
    }
    const depth = blocks + peak;
    if (depth > deepest.depth) deepest = { depth, line: i + 1 };
  }
  return deepest;
}

/**
 * A report body is MDX read as content (src/lib/content/mdx-safety.ts): braces and angle brackets
 * in the text would be code or tags there. They are escaped so the words show as written; the
 * plain <sup>, <sub> and <br> that Word copies carry are kept.
 */
const KEPT_TAG = /^<\/?(?:sup|sub)>|^<br\s*\/?>/;

export function escapeMdx(block: string): string {
  let out = '';
  for (let i = 0; i < block.length; i++) {
    const char = block[i];
    if (char === '\\') {
      // An existing escape stays as it is, with the character it escapes.
      out += block.slice(i, i + 2);
      i++;
    } else if (char === '{' || char === '}') {
      out += `\\${char}`;
    } else if (char === '<') {
      const tag = KEPT_TAG.exec(block.slice(i));
      out += tag ? tag[0] : '\\<';
      if (tag) i += tag[0].length - 1;
    } else {
      out += char;
    }
  }
  // "import"/"export" opening a line would be read as code: an entity spells the same letter.
  return out.replace(/^(\s*)([ie])(mport|xport)\b/gm, (_, space: string, letter: string, rest: string) => `${space}&#${letter.charCodeAt(0)};${rest}`);
}

/** The importer's own marks on a line: a heading's #s, and ** around a bold paragraph's line. */
const OWN_MARKS = /^(#{1,6} )?(?:\*\*(.+)\*\*|(.*))$/s;
/** A footnote reference the importer wrote ([^3]), or a kept <sup>/<sub> tag: left as they are. */
const OWN_INLINE = /(\[\^\d+\]|<\/?(?:sup|sub)>)/;

/**
 * Text from a Word or plain-text source that would read as Markdown: emphasis (* _), code (`),
 * links and images ([…](…), ![…]), strike-through (~), entities (&amp;), block quotes (>), and a
 * line of = or - under a paragraph (a setext heading) or alone (a rule). Each is backslash-escaped
 * so the draft shows exactly what the source says; the marks the importer itself adds (headings,
 * bold paragraphs, footnote references, <sup>) stay. Markdown sources are not passed through this.
 */
export function escapeMarkdownText(block: string): string {
  return block.split('\n').map((line, i) => {
    const [, heading = '', bold, plain] = OWN_MARKS.exec(line)!;
    const text = bold ?? plain ?? '';
    let escaped = text.split(OWN_INLINE).map((part, j) => (j % 2 ? part : escapeInlineMarkdown(part))).join('');
    if (!heading && !bold) {
      if (/^\s{0,3}(?:=+|-+|(?:\\?[-*_]\s*){3,})\s*$/.test(escaped) && (i > 0 || /^\s{0,3}(?:-{3,}|\\[*_])/.test(escaped))) escaped = escaped.replace(/^(\s*)([=-])/, '$1\\$2');
      escaped = escaped.replace(/^(\s{0,3})>/, '$1\\>');
    }
    return `${heading}${bold === undefined ? escaped : `**${escaped}**`}`;
  }).join('\n');
}

function escapeInlineMarkdown(text: string): string {
  // `\|` is the importer's own escape of a pipe inside a table cell (docx.ts): kept.
  return text.replace(/\\(?!\|)|[`*_[\]~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '&amp;');
}

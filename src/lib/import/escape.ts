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

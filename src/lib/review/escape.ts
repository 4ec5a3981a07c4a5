/**
 * Text from content in the review's Markdown. kb review's output is rendered by GitHub (the job
 * summary, a comment), so a title holding `<img src=x onerror=…>`, `[bấm vào đây](https://…)`, a
 * bare address or a backtick must come out as the words it is, not as HTML, a link or code.
 */

/** Line breaks and other control characters would end a table row or a list item: one space each. */
const CONTROLS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;

/**
 * Addresses GitHub would turn into links (scheme://…, www.…, name@host.tld): set as code, where
 * no autolinker looks (an escaped `:` is not enough for every Markdown renderer).
 */
const ADDRESS = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s|]+|\bwww\.[^\s|]+|[^\s|@]+@[^\s|@]+\.[^\s|@]+)/gi;

/**
 * Plain text, always set inline (after "- **", in a table cell): HTML special characters as
 * entities; the Markdown punctuation that works inline backslash-escaped (so no emphasis, link,
 * image, strike-through, table cell or code starts in it); addresses as code.
 */
export function markdownText(text: string): string {
  return text
    .replace(CONTROLS, ' ')
    .split(ADDRESS)
    .map((part, i) => (i % 2 ? inlineCode(part) : escapeInline(part)))
    .join('');
}

function escapeInline(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\\`*_[\]|~]/g, '\\$&');
}

/** An inline code span that no backtick in `text` can close early. */
export function inlineCode(text: string): string {
  const flat = text.replace(CONTROLS, ' ');
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A code fence longer than any run of backticks in `text`, so the text cannot close it. */
export function codeFence(text: string): string {
  return '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  for (const match of text.matchAll(new RegExp(`\\${char}+`, 'g'))) longest = Math.max(longest, match[0].length);
  return longest;
}

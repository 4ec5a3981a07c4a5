import { splitFrontmatter } from '../content/frontmatter.ts';

/**
 * The text of a .txt/.md/.mdx file as the citation parser should read it: YAML frontmatter blanked
 * out line for line, so every position the parser reports is a line of the file itself.
 */
export function citableText(fileText: string): string {
  const split = splitFrontmatter(fileText.replace(/\r\n?/g, '\n'));
  if (!split) return fileText.replace(/\r\n?/g, '\n');
  return '\n'.repeat(split.bodyLine - 1) + split.body;
}

/**
 * Small helpers for the pictures drawn at build time. Every picture is a string of inline SVG with
 * role="img", a <title> and a <desc> that says in words what the picture shows, and text labels on
 * the picture itself, so it reads without colour, prints, and needs no JavaScript.
 */

/** Escapes text for SVG/XML content and attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Average glyph width as a share of the font size, for a sans-serif Vietnamese text. */
const GLYPH = 0.56;

/** Roughly how wide a text is drawn at a font size (no fonts are measured at build time). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * GLYPH;
}

/** Breaks a text into lines that fit a width at a font size; a word longer than the width stands alone. */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(4, Math.floor(width / (fontSize * GLYPH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A <text> of several lines, centred or left-aligned at x, the first baseline at y. */
export function textBlock(lines: string[], x: number, y: number, options: { size: number; anchor?: 'start' | 'middle' | 'end'; weight?: number; className?: string }): string {
  const lineHeight = Math.round(options.size * 1.3);
  const attrs = [
    `x="${x}"`, `y="${y}"`, `font-size="${options.size}"`,
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    options.weight ? `font-weight="${options.weight}"` : '',
    options.className ? `class="${options.className}"` : '',
  ].filter(Boolean).join(' ');
  const spans = lines.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${esc(line)}</tspan>`).join('');
  return `<text ${attrs}>${spans}</text>`;
}

/** The outer <svg> with its accessible name and description. `id` must be unique on the page. */
export function svgFrame(id: string, width: number, height: number, title: string, desc: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`,
    ` aria-labelledby="${id}-title ${id}-desc" class="chart" font-family="'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(desc)}</desc>`,
    body,
    '</svg>',
  ].join('');
}

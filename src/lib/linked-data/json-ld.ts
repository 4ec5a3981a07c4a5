/**
 * JSON-LD inside an HTML page. The script element ends at the first "</script" whatever the JSON
 * says, so a title holding markup must not be able to close it: every <, > and & is written as a
 * JSON escape (\u003c …), which JSON parsers read back as the same character.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    // U+2028/2029 are valid in JSON but end a line in older script parsers.
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A page's absolute address on the configured site (canonical link, @id, url). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'https://example.invalid').href;
}

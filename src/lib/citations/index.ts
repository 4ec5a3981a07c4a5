/** The citation parser and what is built on it. One parser for the site, the CLI and the checks. */
export { parseCitations } from './parse.ts';
export type { Citation, CitationKind } from './types.ts';
export { normalizeNumber, numberKey, leadingNumber, yearInNumber } from './number.ts';
export { citationJson, type CitationJson } from './json.ts';
export { citableText } from './file-text.ts';

/**
 * What a file really is, from its first bytes and its name: a ".doc" is often a web page or RTF
 * saved under Word's old extension, and a renamed file should be read as what it is.
 */
export type SourceFormat = 'docx' | 'doc' | 'html' | 'rtf' | 'pdf' | 'text' | 'image';

export const IMAGE_TYPES = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'];
export const TEXT_TYPES = ['.txt', '.md', '.markdown', '.text'];
/** Every extension kb import takes; a folder's other files are named in the summary as skipped. */
export const IMPORT_TYPES = ['.docx', '.doc', '.pdf', '.rtf', '.htm', '.html', ...TEXT_TYPES, ...IMAGE_TYPES];

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFormat(head: Uint8Array, ext: string): SourceFormat | undefined {
  const starts = (bytes: number[]) => bytes.every((b, i) => head[i] === b);
  const ascii = new TextDecoder('latin1').decode(head.subarray(0, 512)).replace(/^\ufeff|^ï»¿/, '').trimStart().toLowerCase();
  // A name that says text over bytes that are a zip, a PDF or an old .doc: the name lies, and the
  // clerk should know it (the text reader refuses it naming what the file really is).
  if (TEXT_TYPES.includes(ext) && (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0x25, 0x50, 0x44, 0x46]) || starts(OLE))) return 'text';
  if (starts([0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (starts(OLE)) return 'doc';
  if (ascii.startsWith('{\\rtf')) return 'rtf';
  if (starts([0x50, 0x4b, 0x03, 0x04]) && ext !== '.doc') return 'docx';
  if (starts([0x89, 0x50, 0x4e, 0x47]) || starts([0xff, 0xd8, 0xff]) || starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return 'image';
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html|<meta|<head|<body)/.test(ascii) || (ext.startsWith('.htm') && ascii.startsWith('<'))) return 'html';
  if (ext === '.docx') return 'docx';
  if (ext === '.doc' && starts([0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (TEXT_TYPES.includes(ext)) return 'text';
  return undefined;
}

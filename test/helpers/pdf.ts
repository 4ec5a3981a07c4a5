import { execFileSync } from 'node:child_process';

/**
 * Reading PDFs with Debian's poppler-utils (pdfinfo, pdftotext): `apt-get install poppler-utils`
 * (.ci/run installs it).
 */
export function pdfInfo(file: string): { pages: number; pageSize: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]), pageSize: /^Page size:\s+(.*)$/m.exec(info)![1] };
}

/** The text of one page (1-based), or of the whole file, in reading order. */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** One file of a built site, as text a search for a word can read. */
export interface DistFile {
  /** Path under the output folder, with forward slashes. */
  path: string;
  /** The text: compressed files (Pagefind's index, fragments, filters, metadata) decompressed. */
  text: string;
  /** Whether the bytes on disk were gzip or, for a .br copy, brotli. */
  compressed: boolean;
}

/**
 * Every file in a built site, decompressed where it is gzip. Pagefind writes its index, fragments,
 * filters and metadata (`*.pf_index`, `*.pf_fragment`, `*.pf_filter`, `pagefind.*.pf_meta`) as
 * gzip streams whose content starts with a `pagefind_dcd` signature followed by CBOR or JSON, both
 * of which keep strings as plain UTF-8. The build's .gz and .br copies of every text file for the
 * web server (src/integrations/precompress.ts) are decompressed too. Decoded as Latin-1, every byte maps to one character, so an
 * ASCII marker is found wherever its bytes are, in text and binary files alike.
 */
export function readDistFiles(outDir: string): DistFile[] {
  return (readdirSync(outDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      const path = full.slice(outDir.length).replace(/^[/\\]+/, '').split('\\').join('/');
      const bytes = readFileSync(full);
      // Brotli has no signature: a .br file is known by its name.
      const brotli = path.endsWith('.br');
      const compressed = brotli || (bytes[0] === 0x1f && bytes[1] === 0x8b);
      const plain = brotli ? brotliDecompressSync(bytes) : compressed ? gunzipSync(bytes) : bytes;
      return { path, text: plain.toString('latin1'), compressed };
    });
}

/** The same files, read as UTF-8 text (for Vietnamese words; binary files come out garbled but harmless). */
export function utf8Text(file: DistFile): string {
  return Buffer.from(file.text, 'latin1').toString('utf8');
}

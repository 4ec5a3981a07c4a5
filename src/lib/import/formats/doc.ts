import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import WordExtractor from 'word-extractor';
import { decodeImportBytes, finish, type DecodedImport } from '../decode.ts';
import { runTool } from './tools.ts';

/**
 * Word 97–2003 .doc read in process with word-extractor, which walks the file's piece table. Chosen
 * over LibreOffice by measurement on a Vietnamese report LibreOffice saved as .doc: word-extractor
 * kept every word (recall 100%, footnote included) in 32 ms; `soffice --convert-to txt` kept 99.5%
 * (the footnote's words were lost) in 950 ms a file. Table cells come out tab-separated: each cell is
 * given its own line, as the .docx reader gives the header's two columns.
 */
export async function readDoc(bytes: Buffer): Promise<DecodedImport> {
  let body: string;
  let notes: string;
  try {
    const doc = await new WordExtractor().extract(bytes);
    body = doc.getBody();
    notes = [doc.getFootnotes(), doc.getEndnotes()].map((n) => n.trim()).filter(Boolean).join('\n\n');
  } catch (error) {
    return { ok: false, message: `tệp .doc hỏng, không đọc được (${error instanceof Error ? error.message : String(error)})`, hint: 'mở tệp bằng Word, lưu lại rồi nhập lại' };
  }
  const text = paragraphs(body.replace(/\t+\n/g, '\n').replace(/\t/g, '\n'));
  return finish(notes ? `${text}\n\n${paragraphs(notes)}` : text, 'doc');
}

/**
 * Word's text has one paragraph a line: a blank line between them, as the .docx reader writes, so
 * the title's lines and the text are not run into one block.
 */
function paragraphs(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean).join('\n\n');
}

/** A "Word" file that is a web page: its text, with a line for each paragraph, cell and line break. */
export function readHtml(bytes: Buffer): DecodedImport {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const charset = /charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  // Word writes its web pages in windows-1252 with every other letter as &#nnnn;; other code pages
  // (windows-1258, TCVN3) go through the text decoder and its checks.
  const latin = charset && /^(?:windows-1252|iso-8859-1|us-ascii)$/.test(charset);
  const decoded = latin ? { ok: true as const, text: new TextDecoder('windows-1252').decode(bytes) }
    : charset && !/utf-?8/.test(charset) ? decodeImportBytes(bytes) : { ok: true as const, text: bytes.toString('utf8') };
  if (!decoded.ok) return decoded;
  // Word's web pages wrap their source lines inside paragraphs: whitespace counts as one space, and
  // only the markup says where a paragraph or a line ends.
  const text = decoded.text
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:td|th)>/gi, '\n')
    .replace(/<\/(?:p|div|h\d|li|tr|table)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[\da-f]+|\w+);/gi, (all, name: string) => entity(name) ?? all)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return finish(text, 'html');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’' };

const MARKS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308' };

function entity(name: string): string | undefined {
  if (name[0] === '#') {
    const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
  }
  // Latin-1 letters by name (&Acirc;, &ograve;): the letter and its mark, joined.
  const letter = /^([A-Za-z])(grave|acute|circ|tilde|uml)$/.exec(name);
  if (letter) return (letter[1] + MARKS[letter[2]]).normalize('NFC');
  return ENTITIES[name.toLowerCase()];
}

/**
 * RTF (Word's "Save as .doc" often writes RTF): converted to UTF-8 text by LibreOffice headless, with
 * a profile of its own for each run so parallel conversions do not clash on its lock.
 */
export async function readRtf(bytes: Buffer): Promise<DecodedImport> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-rtf-'));
  try {
    writeFileSync(join(dir, 'input.rtf'), bytes);
    await runTool('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', join(dir, 'out'), join(dir, 'input.rtf')], { timeout: 120_000 });
    const out = readdirSync(join(dir, 'out')).find((f) => f.endsWith('.txt'));
    if (!out) return { ok: false, message: 'LibreOffice không chuyển được tệp RTF', hint: 'mở tệp bằng Word, lưu lại dạng .docx rồi nhập lại' };
    return finish(paragraphs(readFileSync(join(dir, 'out', out), 'utf8')), 'rtf');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

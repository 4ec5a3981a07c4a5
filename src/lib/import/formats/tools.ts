import { execFile } from 'node:child_process';

/**
 * The programs the importer calls, with the Debian package that brings each: when one is missing,
 * kb import names the package and the `apt-get install` line, and goes on with the files it can read.
 */
export const TOOLS = {
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  tesseract: 'tesseract-ocr',
  soffice: 'libreoffice-writer-nogui',
} as const;

export type Tool = keyof typeof TOOLS;

/** A program the importer needs is not installed. */
export class ToolMissing extends Error {
  readonly tool: string;
  readonly debianPackage: string;
  constructor(tool: string, debianPackage: string) {
    super(`thiếu chương trình ${tool} (gói Debian ${debianPackage})`);
    this.tool = tool;
    this.debianPackage = debianPackage;
  }
  get hint(): string {
    return `cài đặt: sudo apt-get install -y ${this.debianPackage}`;
  }
}

/** A program that ran but failed: its exit code and what it printed on stderr. */
export class ToolFailed extends Error {
  readonly tool: string;
  readonly stderr: string;
  constructor(tool: string, stderr: string, code: number | string | null) {
    super(`${tool} thất bại (${code}): ${stderr.trim().split('\n').slice(-2).join(' ')}`);
    this.tool = tool;
    this.stderr = stderr;
  }
}

export interface RunOptions {
  /** Extra environment (OMP_THREAD_LIMIT=1 for Tesseract). */
  env?: Record<string, string>;
  /** Give up after this many milliseconds. */
  timeout?: number;
  encoding?: 'utf8' | 'buffer';
}

/** Runs a tool without a shell; resolves with its stdout, rejects with ToolMissing or ToolFailed. */
export function runTool(tool: string, args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    // Extra variables go through env(1), which adds them to the environment the tool inherits: this
    // module reads no environment itself (settings are read at the edges). env exits 127 when the
    // tool is not there, as execFile reports ENOENT.
    const extra = Object.entries(options.env ?? {}).map(([name, value]) => `${name}=${value}`);
    const [command, argv] = extra.length ? ['env', [...extra, tool, ...args]] : [tool, args];
    execFile(command, argv, {
      timeout: options.timeout ?? 120_000, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8',
    }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as { code?: string | number }).code;
      if (code === 'ENOENT' || (extra.length && code === 127)) return reject(new ToolMissing(tool, TOOLS[tool as Tool] ?? tool));
      reject(new ToolFailed(tool, String(stderr ?? ''), code ?? null));
    });
  });
}

/** The Tesseract language models installed ("vie", "eng" …); empty when Tesseract is missing. */
export async function tesseractLanguages(): Promise<string[]> {
  try {
    const out = await runTool('tesseract', ['--list-langs']);
    return out.split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
  } catch {
    return [];
  }
}

import type { Citation } from './types.ts';

/** One citation as `kb citations --json` prints it (contracts.md): number as printed, date ISO or null. */
export interface CitationJson {
  number: string;
  date: string | null;
  kind: string;
  issuer: string | null;
  line: number;
  /** Only on short forms (`--all`): the full number it stands for, null when the text gives none. */
  short?: true;
  abbreviates?: string | null;
}

export function citationJson(c: Citation, all: readonly Citation[]): CitationJson {
  const entry: CitationJson = { number: c.number, date: c.date, kind: c.kind, issuer: c.issuer, line: c.line };
  if (c.form === 'short') {
    entry.short = true;
    entry.abbreviates = c.abbreviates == null ? null : all[c.abbreviates].number;
  }
  return entry;
}

/** What the citation parser returns: one numbered reference to a document, or a short form of one. */

/**
 * Kinds of cited document, as slugs. The first fifteen are the knowledge base's own document kinds
 * (src/schemas/document.ts); the rest occur in citations only. `van-ban` is a document of unknown kind.
 */
export type CitationKind =
  | 'nghi-quyet' | 'chi-thi' | 'nghi-dinh' | 'quyet-dinh' | 'ke-hoach' | 'cong-van' | 'thong-bao'
  | 'chuong-trinh' | 'thong-tu' | 'huong-dan' | 'to-trinh' | 'bao-cao' | 'luat' | 'ket-luan' | 'quy-dinh'
  | 'phap-lenh' | 'lenh' | 'cong-dien' | 'de-an' | 'quy-che' | 'thong-tri' | 'giay-moi' | 'giay-phep' | 'phuong-an'
  | 'van-ban';

/** What every citation says of the document it names, wherever it was read. */
export interface CitationCore {
  /** Full (kind word + số hiệu) or short ("Chỉ thị 12", "Kế hoạch số 92"). */
  form: 'full' | 'short';
  kind: CitationKind;
  /** The kind word as printed (Nghị quyết, văn bản, QĐ); null when the kind comes from the symbol. */
  kindText: string | null;
  /** The number as printed, line breaks inside it removed (80/2020/NĐ-CP, 552- CV/TU; 12 for a short form). */
  number: string;
  /** Canonical form: NFC, no spaces, hyphens for dashes, upper case (552-CV/TU, 80/2020/NĐ-CP). */
  normalized: string;
  /** Date of issue as printed, ISO (YYYY-MM-DD); null when the text gives none or only a year. */
  date: string | null;
  /** Issuer as printed after "của" (Bộ Chính trị, UBND tỉnh Quảng Ngãi); null when not given. */
  issuer: string | null;
}

export interface Citation extends CitationCore {
  /**
   * 1-based line and column of its number (where "80/2022/NĐ-CP" starts), the part that identifies it:
   * a kind word may sit on the line before ("Quyết định số⏎609/QĐ-UBND").
   */
  line: number;
  column: number;
  /** Offset (UTF-16 units) of the first character and the length of the whole citation text. */
  offset: number;
  length: number;
  /** Offset and length of the number alone (what the site turns into a link). */
  numberOffset: number;
  numberLength: number;
  /** The citation text as printed, from kind word to date or issuer. */
  raw: string;
  /** For a short form: the index (in the same result) of the full citation it stands for; null when none. */
  abbreviates?: number | null;
}

import type { Unit } from '../model.ts';
import { earliestDay, latestDay, parsePartialDate } from '../partial-date.ts';
import { fold } from './lines.ts';

/** Which known unit issued the document, and why; or the candidates when the text does not settle it. */
export interface UnitMatch {
  unit?: string;
  /** What the text said that decided it ("UBND huyện Bình Sơn kính báo cáo"). */
  evidence?: string;
  /** Units that scored as high as each other, when undecided. */
  candidates: string[];
}

interface Alias {
  unit: Unit;
  /** Folded, lower-case. */
  text: string;
  /** A short form without the province ("Sở Công Thương"): only counts where the province is the unit's. */
  needsProvince: boolean;
}

export interface UnitClues {
  /** The issuing body's lines at the top of the header. */
  issuerLines: string[];
  /** The whole text, to find "<unit> kính báo cáo" and the like. */
  text: string;
  /** The signature block's capacity lines (TM. ỦY BAN NHÂN DÂN). */
  capacity: string[];
  place?: string;
  issued?: string;
}

/** Phrases a unit uses of itself: "UBND huyện Bình Sơn kính báo cáo", "Sở Công Thương nhận được". */
const SELF = String.raw`\s*(?:kinh bao cao|xin bao cao|bao cao nhu sau|bao cao ket qua|bao cao tinh hinh|bao cao:|nhan duoc)`;

export function matchUnit(units: readonly Unit[], clues: UnitClues): UnitMatch {
  const alive = units.filter((u) => livedOn(u, clues.issued));
  const provinces = provinceMentions(units, clues);
  // A short name ("Sở Ngoại vụ") counts only for the province the document names.
  const aliases = alive.flatMap(aliasesOf).filter((a) => !a.needsProvince || provinces.has(a.unit.province ?? ''));
  const scores = new Map<string, { score: number; evidence: string }>();
  const credit = (alias: Alias, weight: number, evidence: string) => {
    const entry = scores.get(alias.unit.id) ?? { score: 0, evidence };
    entry.score += weight;
    scores.set(alias.unit.id, entry);
  };

  // The top-left lines name the issuer last (UBND TỈNH QUẢNG NGÃI / SỞ CÔNG THƯƠNG).
  const issuer = longestLatest(aliases, fold(clues.issuerLines.join(' ')));
  if (issuer) credit(issuer, 5, clues.issuerLines.join(' / '));
  for (const { alias, evidence } of selfReferences(aliases, clues.text)) credit(alias, 5, evidence);
  // "TM. ỦY BAN NHÂN DÂN" signs for the People's Committee of the place in the date line.
  if (clues.place && clues.capacity.some((c) => /^TM\.?\s*ỦY BAN NHÂN DÂN/u.test(c))) {
    const place = fold(clues.place).replace(/^(?:tp|tx)\.\s*/, '');
    for (const unit of alive) {
      if (new RegExp(`^ubnd (?:huyen|tinh|thanh pho|thi xa|quan|xa|phuong) ${place}$`).test(fold(cleanName(unit.name)))) {
        credit({ unit, text: place, needsProvince: false }, 3, `TM. ỦY BAN NHÂN DÂN, ${clues.place}`);
      }
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  if (!ranked.length) return { candidates: [] };
  const top = ranked.filter(([, s]) => s.score === ranked[0][1].score);
  if (top.length > 1) return { candidates: top.map(([id]) => id) };
  return { unit: top[0][0], evidence: top[0][1].evidence, candidates: [] };
}

function livedOn(unit: Unit, issued: string | undefined): boolean {
  const date = issued ? parsePartialDate(issued) : null;
  if (!date) return true;
  const from = unit.from ? parsePartialDate(unit.from) : null;
  const until = unit.until ? parsePartialDate(unit.until) : null;
  return (!from || latestDay(date) >= earliestDay(from)) && (!until || earliestDay(date) <= latestDay(until));
}

function cleanName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** "UBND huyện Bình Sơn" → ubnd huyen binh son, uy ban nhan dan huyen binh son, huyen binh son. */
function aliasesOf(unit: Unit): Alias[] {
  const name = fold(cleanName(unit.name));
  const forms = new Set([name]);
  if (name.startsWith('ubnd ')) {
    forms.add(`uy ban nhan dan ${name.slice(5)}`);
    forms.add(name.slice(5));
  }
  const full = [...forms].map((text) => ({ unit, text, needsProvince: false }));
  // "Sở Công Thương tỉnh Quảng Ngãi" is written "Sở Công Thương" by the Sở itself.
  const short = /^(.+?) (?:tinh|thanh pho) [a-z ]+$/.exec(name);
  if (short && unit.level !== 'tinh' && unit.level !== 'huyen') {
    full.push({ unit, text: short[1], needsProvince: true });
    full.push({ unit, text: name.replace(/ (?:tinh|thanh pho) /, ' '), needsProvince: false });
  }
  return full;
}

/** Provinces the document names (in the place, the header or the text), by province id. */
function provinceMentions(units: readonly Unit[], clues: UnitClues): Set<string> {
  const haystack = fold(`${clues.place ?? ''} ${clues.issuerLines.join(' ')} ${clues.text}`);
  const found = new Set<string>();
  for (const unit of units) {
    if (unit.level !== 'tinh' || !unit.province) continue;
    const province = fold(cleanName(unit.name)).replace(/^ubnd (?:tinh|thanh pho) /, '');
    if (new RegExp(`\\b${province}\\b`).test(haystack)) found.add(unit.province);
  }
  return found;
}

/** Of the aliases found in `text`, the one ending last, and of those the longest. */
function longestLatest(aliases: Alias[], text: string): Alias | undefined {
  let best: { alias: Alias; end: number } | undefined;
  for (const alias of aliases) {
    const at = text.lastIndexOf(alias.text);
    if (at < 0 || !wordBounded(text, at, alias.text.length)) continue;
    const end = at + alias.text.length;
    if (!best || end > best.end || (end === best.end && alias.text.length > best.alias.text.length)) best = { alias, end };
  }
  return best?.alias;
}

/**
 * Units named right before "kính báo cáo", "báo cáo như sau", "nhận được": the longest name at each
 * place, with the words as printed (folding keeps one character per character, so offsets match).
 */
function selfReferences(aliases: Alias[], original: string): { alias: Alias; evidence: string }[] {
  const text = fold(original);
  const found: { alias: Alias; evidence: string }[] = [];
  for (const match of text.matchAll(new RegExp(SELF, 'g'))) {
    const before = text.slice(Math.max(0, match.index - 120), match.index).trimEnd();
    const alias = aliases
      .filter((a) => before.endsWith(a.text) && wordBounded(before, before.length - a.text.length, a.text.length))
      .sort((a, b) => b.text.length - a.text.length)[0];
    if (!alias) continue;
    const start = Math.max(0, match.index - 120) + before.length - alias.text.length;
    found.push({ alias, evidence: original.slice(start, match.index + match[0].length).replace(/\s+/g, ' ') });
  }
  return found;
}

function wordBounded(text: string, at: number, length: number): boolean {
  return !/[a-z0-9]/.test(text[at - 1] ?? ' ') && !/[a-z0-9]/.test(text[at + length] ?? ' ');
}

/**
 * The unit a phrase names ("Sở Ngoại vụ", "các Bộ, ngành, cơ quan Trung ương"): the longest name found
 * in it; a short name without its province counts for the province given (the report's own).
 */
export function unitNamedIn(phrase: string, units: readonly Unit[], province: string | undefined): string | undefined {
  const text = fold(phrase);
  const found = units
    .flatMap(aliasesOf)
    .filter((a) => (!a.needsProvince || a.unit.province === province) && text.includes(a.text))
    .sort((a, b) => b.text.length - a.text.length);
  const best = found[0];
  if (!best) return undefined;
  // Two different units named by equally long names: the phrase does not settle it.
  const rival = found.find((a) => a.unit.id !== best.unit.id && a.text.length === best.text.length);
  return rival ? undefined : best.unit.id;
}

import type { Line } from './lines.ts';
import { isCapitals } from './lines.ts';

/** The end of a document: who signed, in what capacity, and who receives copies (Nơi nhận). */
export interface Closing {
  signer?: { name: string; capacity: string[] };
  recipients: string[];
  /** Index (in lines) where the closing starts: the text proper ends before it. */
  start: number;
}

/** The sign-off sentence ("UBND huyện Bình Sơn kính báo cáo./."): not part of the text proper. */
const SIGN_OFF = /(?:kính báo cáo|xin báo cáo|trân trọng báo cáo|kính trình|trân trọng)[^.]*\.?(?:\/\.?)?$/iu;
/** "./." ends the last paragraph of the text, which still belongs to it. */
const END_MARK = /\.\/\.$/;
const PLACES_TO = /^Nơi nhận\s*:?\s*(.*)$/iu;
const CAPACITY = /^(?:TM|KT|TL|TUQ|Q|TM\.|KT\.|TL\.|TUQ\.|Q\.)\b|^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|BÍ THƯ|THỦ TRƯỞNG)/u;
/** A person's name: two to five capitalised words (Phạm Quang Sự). */
const NAME = /^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;

export function readClosing(lines: readonly Line[], textStart: number): Closing {
  const closing: Closing = { recipients: [], start: lines.length };
  // The closing sits at the end: search the last lines only, never the header.
  const from = Math.max(textStart, lines.length - 40);
  const placesTo = findLast(lines, from, (l) => PLACES_TO.test(l.text));
  const signOff = findLast(lines, from, (l) => SIGN_OFF.test(l.text) && l.text.length < 400);
  const endMark = signOff >= 0 ? -1 : findLast(lines, from, (l) => END_MARK.test(l.text));
  const starts = [placesTo, signOff, endMark >= 0 ? endMark + 1 : -1].filter((i) => i >= 0);
  if (!starts.length) return closing;
  closing.start = Math.min(...starts);

  const capacity: string[] = [];
  let name: string | undefined;
  for (let i = closing.start; i < lines.length; i++) {
    const text = lines[i].text;
    const to = PLACES_TO.exec(text);
    if (to) {
      // A PDF copy runs the signature column into the list: "Nơi nhận: GIÁM ĐỐC", "- Lưu: VT. KT. CHỦ TỊCH".
      const take = (item: string) => {
        const [recipient, beside] = splitColumns(item);
        if (recipient) closing.recipients.push(tidyRecipient(recipient));
        if (beside) capacity.push(beside);
      };
      if (to[1].trim()) take(to[1].trim());
      for (; i + 1 < lines.length && /^[-–+•]\s*/.test(lines[i + 1].text); i++) take(lines[i + 1].text);
      continue;
    }
    const candidate = text.replace(/[.\s]+$/, '');
    if (isCapitals(text) && (CAPACITY.test(text) || capacity.length)) capacity.push(text);
    else if (NAME.test(candidate) && !/^(?:Như|Lưu)\b/u.test(candidate)) name = candidate;
  }
  if (name) closing.signer = { name, capacity };
  return closing;
}

/** A list line and the signature-block words beside it: ["- Lưu: VT.", "KT. CHỦ TỊCH"]. */
function splitColumns(text: string): [string | undefined, string | undefined] {
  if (isCapitals(text) && CAPACITY.test(text)) return [undefined, text];
  const m = /^(.*?[;.)])\s+(\p{Lu}[^a-zà-ỹ]*)$/u.exec(text);
  return m && isCapitals(m[2]) && CAPACITY.test(m[2]) ? [m[1], m[2]] : [text, undefined];
}

function findLast(lines: readonly Line[], from: number, test: (line: Line) => boolean): number {
  for (let i = lines.length - 1; i >= from; i--) if (test(lines[i])) return i;
  return -1;
}

function tidyRecipient(text: string): string {
  return text.replace(/^[-–+•]\s*/, '').trim();
}

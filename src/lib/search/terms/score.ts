/**
 * How much a term in a document counts: BM25 (k1 1.2, b 0.75) per field group, summed with weights,
 * times the term's idf. Each group saturates on its own, so a number written twenty times in a
 * report's body cannot outweigh the page whose own number it is ("chi thi 12" puts the directive
 * first, then the reports carrying it out). Length normalises the body only.
 */

export const fieldGroups = ['body', 'title', 'number', 'cites', 'signer', 'unit'] as const;
export type FieldGroup = (typeof fieldGroups)[number];

/** Weight of each group against the body; the title and the document's own number weigh most. */
export const groupWeights: Record<FieldGroup, number> = { body: 1, title: 2.5, number: 4, cites: 1.5, signer: 2, unit: 3 };

/** Bits of each group's count in a packed uint32: body 16, title/number/cites 4 each, signer/unit 2. */
const layout: Record<FieldGroup, [shift: number, max: number]> = {
  body: [0, 0xffff],
  title: [16, 15],
  number: [20, 15],
  cites: [24, 15],
  signer: [28, 3],
  unit: [30, 3],
};

/** A packed count with one more occurrence in `group` (saturating at the group's maximum). */
export function addOccurrence(packed: number, group: FieldGroup): number {
  const [shift, max] = layout[group];
  const count = (packed >>> shift) & max;
  return count < max ? (packed + 2 ** shift) >>> 0 : packed;
}

const K1 = 1.2;
const B = 0.75;

export function idf(docs: number, df: number): number {
  return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
}

/** Shift, mask and weight of each group, in fieldGroups order, as arrays (the build scores millions of postings). */
const shifts = fieldGroups.map((group) => layout[group][0]);
const masks = fieldGroups.map((group) => layout[group][1]);
const weights = fieldGroups.map((group) => groupWeights[group]);

/** The body's saturation constant for a document of `length` syllables. */
export function bodySaturation(length: number, meanLength: number): number {
  return K1 * (1 - B + (B * length) / meanLength);
}

/**
 * The score of a term in a document from its packed counts and the document's body saturation
 * (bodySaturation, worked out once per document rather than once per posting).
 */
export function termScore(packed: number, bodyK: number, termIdf: number): number {
  let sum = 0;
  for (let g = 0; g < fieldGroups.length; g++) {
    const tf = (packed >>> shifts[g]) & masks[g];
    if (!tf) continue;
    const k = g === 0 ? bodyK : K1; // fieldGroups[0] is the body, the one group normalised by length
    sum += weights[g] * ((tf * (K1 + 1)) / (tf + k));
  }
  return termIdf * sum;
}

/**
 * Telex typed with the Vietnamese keyboard switched off: "ddoois ngoaij" is what a hand used to
 * Telex types for "đối ngoại". Folded, only the letters that mark tones and vowel shapes need to go:
 * dd → d, aa/aw → a, ee → e, oo/ow → o, uw → u, and one tone letter (s f r x j) at the end of a
 * syllable that has a vowel before it. The result is an alternative the search page tries only when
 * the word as typed is not in the index (a real word ending in s, like "champasak"'s neighbours,
 * is never rewritten when it is there).
 */

const VOWEL = /[aeiouy]/;

/** The folded syllable a Telex-typed word stands for, or undefined when it reads the same. */
export function telexSyllable(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  let text = word;
  const tone = /^(.*[aeiouyw].*?)[sfrxj]$/.exec(text);
  if (tone && VOWEL.test(tone[1].replace(/w/g, 'u'))) text = tone[1];
  text = text
    .replace(/dd/g, 'd')
    .replace(/aa|aw/g, 'a')
    .replace(/ee/g, 'e')
    .replace(/oo|ow/g, 'o')
    .replace(/uw/g, 'u')
    .replace(/w/g, 'u');
  return text !== word && VOWEL.test(text) ? text : undefined;
}

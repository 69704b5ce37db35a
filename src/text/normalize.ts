/** Folds text to its matching form and keeps, for every folded character, where it came from. */
import type { FoldTable } from './char-map.js';
import type { Span } from './span.js';

export interface NormalizedText {
  original: string;
  /** The folded text: no diacritics or tatweel, one alef, ي for ى, ه for ة, ASCII digits, plain spaces. */
  text: string;
  /** toOriginal[i] is the offset in `original` of folded character i; toOriginal[text.length] = original.length. */
  toOriginal: Int32Array;
}

export function createNormalizer(table: FoldTable): (original: string) => NormalizedText {
  return (original) => {
    // One offset per character is almost always enough; a ligature such as ﷺ expands to many letters and grows it.
    let map = new Int32Array(original.length + 1);
    let n = 0;
    const put = (offset: number) => {
      if (n === map.length - 1) {
        const bigger = new Int32Array(map.length * 2);
        bigger.set(map);
        map = bigger;
      }
      map[n++] = offset;
    };
    let out = '';
    let runStart = 0;
    for (let i = 0; i < original.length; i++) {
      const replacement = table[original.charCodeAt(i)];
      if (replacement === undefined) continue;
      out += original.slice(runStart, i);
      for (let k = runStart; k < i; k++) put(k);
      for (let k = 0; k < replacement.length; k++) put(i);
      out += replacement;
      runStart = i + 1;
    }
    out += original.slice(runStart);
    for (let k = runStart; k < original.length; k++) put(k);
    map[n] = original.length;
    return { original, text: out, toOriginal: map.subarray(0, n + 1) };
  };
}

/** Maps a span of the folded text back to the original text, covering any deleted marks inside it. */
export function toOriginalSpan(nt: NormalizedText, start: number, end: number): Span {
  const s = nt.toOriginal[start] ?? nt.original.length;
  if (end <= start) return { start: s, end: s };
  // The next kept character's offset takes in marks deleted after the last letter (a word's final tanween).
  const next = nt.toOriginal[end] ?? nt.original.length;
  const last = (nt.toOriginal[end - 1] ?? s) + 1;
  return { start: s, end: Math.max(next, last) };
}

/** Folds a lexicon entry the same way as article text, without keeping offsets. */
export function foldWith(normalize: (s: string) => NormalizedText, s: string): string {
  return normalize(s).text.replace(/\s+/g, ' ').trim();
}

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
  const changed = changedCharacters(table);
  // 0, 1, 2…: a run of characters kept as they are maps to consecutive offsets, copied in one call.
  let counting = new Int32Array(0);
  return (original) => {
    if (counting.length < original.length) counting = Int32Array.from({ length: Math.max(original.length, 2 * counting.length) }, (_, k) => k);
    // One offset per character is almost always enough; a ligature such as ﷺ expands to many letters and grows it.
    let map = new Int32Array(original.length + 1);
    let n = 0;
    const room = (more: number) => {
      if (n + more < map.length) return;
      const bigger = new Int32Array(Math.max(map.length * 2, n + more + 1));
      bigger.set(map);
      map = bigger;
    };
    let out = '';
    let kept = 0;
    const keep = (to: number) => {
      room(to - kept);
      map.set(counting.subarray(kept, to), n);
      n += to - kept;
      out += original.slice(kept, to);
    };
    changed.lastIndex = 0;
    for (let m = changed.exec(original); m; m = changed.exec(original)) {
      keep(m.index);
      for (let i = m.index; i < m.index + m[0].length; i++) {
        const replacement = table[original.charCodeAt(i)]!;
        room(replacement.length);
        for (let k = 0; k < replacement.length; k++) map[n++] = i;
        out += replacement;
      }
      kept = m.index + m[0].length;
    }
    keep(original.length);
    map[n] = original.length;
    return { original, text: out, toOriginal: map.subarray(0, n + 1) };
  };
}

/**
 * Runs of the characters that fold to something else, for one native regular expression to find: folding runs on
 * every character of every article, and most characters stay as they are.
 */
function changedCharacters(table: FoldTable): RegExp {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let ranges = '';
  for (let c = 0; c < table.length; c++) {
    if (table[c] === undefined) continue;
    const from = c;
    while (c + 1 < table.length && table[c + 1] !== undefined) c++;
    ranges += from === c ? hex(from) : `${hex(from)}-${hex(c)}`;
  }
  return new RegExp(`[${ranges}]+`, 'g');
}

/**
 * Folds text as `createNormalizer` does, spaces collapsed and trimmed, without keeping offsets: lexicon entries,
 * names, and the search text stored with each event.
 */
export function createFolder(table: FoldTable): (s: string) => string {
  const changed = changedCharacters(table);
  const fold = (run: string) => {
    let out = '';
    for (let i = 0; i < run.length; i++) out += table[run.charCodeAt(i)];
    return out;
  };
  return (s) => s.replace(changed, fold).replace(/\s+/g, ' ').trim();
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

/** Sentence and clause boundaries in folded text. */

export interface TextRange {
  start: number;
  end: number;
}

/** A run of sentence stops: . ! ? ؟ ؛ and line breaks. */
const SENTENCE_ENDS = /[.!?؟\n؛]+/g;
const CLAUSE_END = new Set(['،', ',', ';', ':', '(', ')', '-'].map((c) => c.charCodeAt(0)));
const COMMA = 0x2c;

/**
 * A sentence ends at . ! ? ؟ ؛ or a line break, except a point between digits (3.5) or inside an
 * abbreviation-like run of points ("ليبيا.." ends once, not twice). Leading and trailing spaces are trimmed.
 */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  // A native regular expression finds the stops: this runs on every character of every article.
  SENTENCE_ENDS.lastIndex = 0;
  for (let m = SENTENCE_ENDS.exec(text); m; m = SENTENCE_ENDS.exec(text)) {
    if (m[0] === '.' && isDigit(text, m.index - 1) && isDigit(text, m.index + 1)) continue;
    const end = m.index + m[0].length;
    pushTrimmed(text, start, end, ranges);
    start = end;
  }
  pushTrimmed(text, start, text.length, ranges);
  return ranges;
}

/** Clauses inside a sentence: split at commas, semicolons, colons, brackets and dashes. */
export function splitClauses(text: string, sentence: TextRange): TextRange[] {
  const ranges: TextRange[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (!CLAUSE_END.has(c)) continue;
    if (c === COMMA && isDigit(text, i - 1) && isDigit(text, i + 1)) continue;
    pushTrimmed(text, start, i + 1, ranges);
    start = i + 1;
  }
  pushTrimmed(text, start, sentence.end, ranges);
  return ranges;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

function pushTrimmed(text: string, start: number, end: number, into: TextRange[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start && hasWordCharacter(text, start, end)) into.push({ start, end });
}

// Folded text has only plain spaces and line breaks (see normalize).
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d;

function hasWordCharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x0621 && c <= 0x06ff) || c > 0x2fff) return true;
  }
  return false;
}

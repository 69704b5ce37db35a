/** Sentence and clause boundaries in folded text. */

export interface TextRange {
  start: number;
  end: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '\n', '؛']);
const CLAUSE_END = new Set(['،', ',', ';', ':', '(', ')', '-']);

/**
 * A sentence ends at . ! ? ؟ ؛ or a line break, except a point between digits (3.5) or inside an
 * abbreviation-like run of points ("ليبيا.." ends once, not twice). Leading and trailing spaces are trimmed.
 */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!SENTENCE_END.has(c)) continue;
    if (c === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    let end = i + 1;
    while (end < text.length && SENTENCE_END.has(text[end]!)) end++;
    pushTrimmed(text, start, end, ranges);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, text.length, ranges);
  return ranges;
}

/** Clauses inside a sentence: split at commas, semicolons, colons, brackets and dashes. */
export function splitClauses(text: string, sentence: TextRange): TextRange[] {
  const ranges: TextRange[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (!CLAUSE_END.has(text[i]!)) continue;
    if (text[i] === ',' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    pushTrimmed(text, start, i + 1, ranges);
    start = i + 1;
  }
  pushTrimmed(text, start, sentence.end, ranges);
  return ranges;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function pushTrimmed(text: string, start: number, end: number, into: TextRange[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) into.push({ start, end });
}

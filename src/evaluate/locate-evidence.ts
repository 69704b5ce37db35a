/** Turns evidence into spans of the article text: gold strings by search, predictions by their own spans. */
import type { EventRecord } from '../extract/event-record.js';
import { spansOverlap, type Span } from '../text/span.js';
import { EvalInputError } from './eval-input-error.js';

/** Every occurrence of each string: a quote repeated in the article is the same telling wherever it appears. */
export function locateQuotes(text: string, quotes: readonly string[], where: string): Span[] {
  return quotes.flatMap((quote) => {
    const spans: Span[] = [];
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      spans.push({ start: at, end: at + quote.length });
    }
    if (spans.length === 0) {
      throw new EvalInputError('eval_gold_mismatch', where, `expected evidence to be an exact substring of the article text, found "${quote.slice(0, 60)}" nowhere in it`);
    }
    return spans;
  });
}

/** A prediction is anchored by each telling's sentence and the spans inside it. */
export function predictionSpans(event: EventRecord): Span[] {
  return event.evidence.flatMap((telling) => [
    telling.sentence,
    ...Object.values(telling.spans).filter((span): span is Span => span !== undefined),
  ]);
}

/** Longest single overlap between two span sets, in code units; 0 when they do not overlap. */
export function overlapLength(a: readonly Span[], b: readonly Span[]): number {
  let longest = 0;
  for (const x of a) {
    for (const y of b) {
      if (spansOverlap(x, y)) longest = Math.max(longest, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    }
  }
  return longest;
}

export function anyOverlap(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((x) => b.some((y) => spansOverlap(x, y)));
}

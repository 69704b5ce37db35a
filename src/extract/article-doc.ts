/** Article → ArticleDoc: the folded text, tokens, sentences and every lexicon hit, computed once per article. */
import type { HitKind, Lexicon, LexiconHit } from '../lexicon/index.js';
import {
  splitSentences, tokenize, toOriginalSpan,
  type NormalizedText, type Span, type StemVariant, type TextRange, type Token,
} from '../text/index.js';

export interface Hit<T> {
  first: number;
  last: number;
  /** Clitic characters before the phrase in its first token. */
  offset: number;
  value: T;
}

type ValueOf<K extends HitKind> = Extract<LexiconHit, { kind: K }>['value'];
export type HitsByKind = { [K in HitKind]: Hit<ValueOf<K>>[] };

export interface ArticleDoc {
  nt: NormalizedText;
  tokens: Token[];
  /** Token i's clitic readings, whole word first. */
  stemsOf: (i: number) => readonly StemVariant[];
  sentences: TextRange[];
  /** sentenceOf[tokenIndex] = index into `sentences`. */
  sentenceOf: Int32Array;
  hits: HitsByKind;
}


export function readArticleDoc(lexicon: Lexicon, nt: NormalizedText): ArticleDoc {
  const tokens = tokenize(nt.text);
  // Read when asked (the matchers ask only for words they have not met before): the stemmer remembers words.
  const stemsOf = (i: number) => lexicon.stem(tokens[i]!.text);
  const sentences = splitSentences(nt.text);
  const sentenceOf = new Int32Array(tokens.length);
  for (let i = 0, s = 0; i < tokens.length; i++) {
    while (s < sentences.length - 1 && tokens[i]!.start >= sentences[s]!.end) s++;
    sentenceOf[i] = s;
  }
  const byKind = new Map<HitKind, Hit<unknown>[]>();
  for (const m of lexicon.matcher.findAll(tokens, stemsOf)) {
    for (const payload of m.payloads) {
      let list = byKind.get(payload.kind);
      if (!list) byKind.set(payload.kind, (list = []));
      list.push({ first: m.first, last: m.last, offset: m.offset, value: payload.value });
    }
  }
  const hits = Object.fromEntries(lexicon.hitKinds.map((k) => [k, leftmostLongest(byKind.get(k) ?? [])])) as unknown as HitsByKind;
  return { nt, tokens, stemsOf, sentences, sentenceOf, hits };
}

/**
 * Non-overlapping matches, longest first at each start; a whole word beats a clitic reading of the same length
 * (الليلة is "tonight", not ال + ليلة).
 */
export function leftmostLongest<T extends { first: number; last: number; offset: number }>(matches: T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last || a.offset - b.offset);
  const out: T[] = [];
  let next = 0;
  for (const m of sorted) {
    if (m.first < next) continue;
    out.push(m);
    next = m.last + 1;
  }
  return out;
}

/** The original-text span of tokens [first, last], without the first token's clitic prefix. */
export function hitSpan(doc: ArticleDoc, hit: { first: number; last: number; offset?: number }): Span {
  return toOriginalSpan(doc.nt, doc.tokens[hit.first]!.start + (hit.offset ?? 0), doc.tokens[hit.last]!.end);
}

/** A clause break (comma, semicolon, colon) between two tokens of a sentence. */
export function hasCommaBetween(doc: ArticleDoc, from: number, to: number): boolean {
  return /[،,;:]/.test(doc.nt.text.slice(doc.tokens[from]!.end, doc.tokens[to]!.start));
}

/** "القصف", "والغارات": the word carries the article, so it names something already known. */
export function isDefinite(doc: ArticleDoc, hit: { first: number; offset: number }): boolean {
  return doc.tokens[hit.first]!.text.slice(0, hit.offset).endsWith('ال');
}

/** A line with no closing stop and few words ("أصوات من غزة: خرجنا إلى التظاهرات"): a title or a link to another story. */
export function isHeadlineLine(doc: ArticleDoc, sentence: number): boolean {
  const range = doc.sentences[sentence]!;
  const text = doc.nt.text;
  const isLineEnd = range.end >= text.length || text[range.end] === '\n';
  // Words are counted by the spaces between them: a title is short, so the count stops early.
  let words = 1;
  for (let i = range.start; i < range.end && words <= HEADLINE_WORDS; i++) if (text.charCodeAt(i) === 0x20) words++;
  return isLineEnd && !/[.!?؟]$/.test(text.slice(range.start, range.end)) && words <= HEADLINE_WORDS;
}

const HEADLINE_WORDS = 14;

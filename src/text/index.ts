/** Article text → folded text with an offset map, tokens, sentences, clauses, clitic readings and numbers. */
export type { Span } from './span.js';
export { spanText, spansOverlap } from './span.js';
export { loadFoldTable, type FoldTable } from './char-map.js';
export { createFolder, createNormalizer, toOriginalSpan, type NormalizedText } from './normalize.js';
export { tokenize, type Token } from './tokens.js';
export { splitSentences, splitClauses, type TextRange } from './sentences.js';
export { createStemmer, loadCliticRules, type CliticRule, type StemVariant } from './clitics.js';
export { createNumberReader, readDistance, type NumberReader, type NumberReading, type NumberWord, type NumberWordKind, type Distance } from './numbers.js';
export { createWordMemo, memoizeWords, type WordMemo } from './word-memo.js';

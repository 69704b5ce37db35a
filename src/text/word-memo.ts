/**
 * A per-word memo for the work every token of every article goes through (clitic readings, number words, a phrase
 * matcher's first step). News reuses a small vocabulary, so most words are answered from the memo; it is emptied
 * when it grows past `maxWords` so a long-running ingest of many outlets does not grow without bound.
 */
export interface WordMemo<T> {
  get(word: string): T | undefined;
  set(word: string, value: T): void;
  /** Forgets every word: what they were worked out from has changed. */
  clear(): void;
}

const MAX_WORDS = 200_000;

export function createWordMemo<T>(maxWords = MAX_WORDS): WordMemo<T> {
  let memo = new Map<string, T>();
  return {
    get: (word) => memo.get(word),
    set(word, value) {
      if (memo.size >= maxWords) memo = new Map();
      memo.set(word, value);
    },
    clear() {
      memo = new Map();
    },
  };
}

/** `compute` remembered per word. */
export function memoizeWords<T>(compute: (word: string) => T, maxWords = MAX_WORDS): (word: string) => T {
  const memo = createWordMemo<T>(maxWords);
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) memo.set(word, (value = compute(word)));
    return value;
  };
}

/**
 * A per-word memo for the functions every token of every article goes through (clitic readings, a matcher's first
 * step). News reuses a small vocabulary, so most words are answered from the memo; it is emptied when it grows
 * past `maxWords` so a long-running ingest of many outlets does not grow without bound.
 */
export function memoizeWords<T>(compute: (word: string) => T, maxWords = 200_000): (word: string) => T {
  let memo = new Map<string, T>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) {
      if (memo.size >= maxWords) memo = new Map();
      value = compute(word);
      memo.set(word, value);
    }
    return value;
  };
}

/** A trie over folded word sequences: finds every dictionary phrase in a token list, clitics and all. */
import { createWordMemo, type StemVariant, type Token } from '../text/index.js';

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  /** Children whose word ends in `*`: any word starting with the key matches. */
  prefixChildren: Array<[string, TrieNode<T>]>;
  payloads: T[];
}

export interface PhraseMatch<T> {
  /** Token indexes [first, last] the phrase covers. */
  first: number;
  last: number;
  /** Characters of the first token that are a clitic prefix, not part of the phrase (و in وقوات). */
  offset: number;
  payloads: readonly T[];
}

export interface PhraseMatcher<T> {
  add(words: readonly string[], payload: T): void;
  /** All matches starting at every token; `stems(i)` gives the readings of token i, whole word first (a function of its text). */
  findAll(tokens: readonly Token[], stems: (i: number) => readonly StemVariant[]): PhraseMatch<T>[];
  readonly size: number;
}

interface Start<T> {
  node: TrieNode<T>;
  offset: number;
}

const newNode = <T>(): TrieNode<T> => ({ children: new Map(), prefixChildren: [], payloads: [] });

export function createPhraseMatcher<T>(): PhraseMatcher<T> {
  const root = newNode<T>();
  let size = 0;

  const NONE: TrieNode<T>[] = [];
  // Hot path: most words match nothing, so no array is made unless something matches.
  const step = (node: TrieNode<T>, word: string): TrieNode<T>[] => {
    const exact = node.children.get(word);
    if (node.prefixChildren.length === 0) return exact ? [exact] : NONE;
    const out: TrieNode<T>[] = exact ? [exact] : [];
    for (const [prefix, child] of node.prefixChildren) if (word.startsWith(prefix)) out.push(child);
    return out;
  };

  /**
   * The trie nodes a word can open, each once with the first reading that reaches it (قواتنا whole and قوات + نا
   * may both reach one entry), remembered per word: most words open none, and the same words recur in every
   * article. Emptied when an entry is added.
   */
  const startsMemo = createWordMemo<Start<T>[]>();
  const findStarts = (word: string, readings: readonly StemVariant[]): Start<T>[] => {
    const starts: Start<T>[] = [];
    for (const variant of readings) {
      for (const node of step(root, variant.stem)) if (!starts.some((s) => s.node === node)) starts.push({ node, offset: variant.offset });
    }
    startsMemo.set(word, starts);
    return starts;
  };

  return {
    get size() {
      return size;
    },
    add(words, payload) {
      let node = root;
      for (const word of words) {
        const isPrefix = word.endsWith('*') && word.length > 1;
        const key = isPrefix ? word.slice(0, -1) : word;
        let next = isPrefix ? node.prefixChildren.find(([k]) => k === key)?.[1] : node.children.get(key);
        if (!next) {
          next = newNode<T>();
          if (isPrefix) node.prefixChildren.push([key, next]);
          else node.children.set(key, next);
        }
        node = next;
      }
      node.payloads.push(payload);
      size++;
      startsMemo.clear();
    },
    findAll(tokens, stems) {
      const matches: PhraseMatch<T>[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const word = tokens[i]!.text;
        const starts = startsMemo.get(word) ?? findStarts(word, stems(i));
        for (let s = 0; s < starts.length; s++) {
          const { node, offset } = starts[s]!;
          // Later words must be spelled whole: only the first word of a phrase carries clitics.
          let frontier = [node];
          for (let j = i; frontier.length > 0; j++) {
            for (const reached of frontier) if (reached.payloads.length) matches.push({ first: i, last: j, offset, payloads: reached.payloads });
            const next = tokens[j + 1];
            if (!next) break;
            // One node with no * children, as nearly always: its child by the next word, with no array built.
            const only = frontier.length === 1 ? frontier[0]! : null;
            if (only && only.prefixChildren.length === 0) {
              const child = only.children.get(next.text);
              if (!child) break;
              frontier[0] = child;
            } else frontier = frontier.flatMap((n) => step(n, next.text));
          }
        }
      }
      return matches;
    },
  };
}

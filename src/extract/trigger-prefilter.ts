/**
 * A quick test on the folded text before any tokenising: could any trigger be in it? Most news is not about
 * violence, so most articles stop here. Each trigger phrase must stand in the text as whole words, with what the
 * matcher allows around it (و ف ب ل ك and ال before, a possessive suffix after), so the test never turns away an
 * article the matcher would find a trigger in. The phrases are merged into one prefix tree, written as a regular
 * expression: a plain alternation of a thousand phrases would be tried one by one at every position of every article.
 */
import { phraseWords, type Lexicon } from '../lexicon/index.js';

const LETTER = '\\u0621-\\u064a';
/** Between two words of a phrase: anything but letters (spaces, punctuation, tatweel-free joins). */
const GAP = `[^${LETTER}]+`;
const WORD_END = `(?:ها|هم|هما|نا|كم)?(?![${LETTER}])`;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A word ends here and must end the text's word too (but for a possessive suffix). */
  isWordEnd: boolean;
  /** An open-ended spelling (قتل*) ends here: anything may follow. */
  isOpenEnd: boolean;
}

export function triggerPrefilter(lexicon: Lexicon): RegExp {
  const root = newNode();
  for (const s of lexicon.spellings) {
    if (s.kind !== 'trigger') continue;
    const words = phraseWords(lexicon.fold(s.text));
    const isOpen = words[words.length - 1]!.endsWith('*');
    // The matcher strips ال from the first word itself, so the article's ال need not be part of it.
    const phrase = words.map((w) => w.replace(/\*$/, '')).join(' ').replace(/^ال(?=...)/, '');
    let node = root;
    for (const ch of phrase) node = node.children.get(ch) ?? setChild(node, ch);
    if (isOpen) node.isOpenEnd = true;
    else node.isWordEnd = true;
  }
  return new RegExp(`(?<![${LETTER}])[وف]?[بلك]?(?:ال|ل)?${toPattern(root)}`);
}

function newNode(): TrieNode {
  return { children: new Map(), isWordEnd: false, isOpenEnd: false };
}

function setChild(node: TrieNode, ch: string): TrieNode {
  const child = newNode();
  node.children.set(ch, child);
  return child;
}

function toPattern(node: TrieNode): string {
  if (node.isOpenEnd) return '';
  const branches = [...node.children].map(([ch, child]) => (ch === ' ' ? GAP : ch) + toPattern(child));
  if (node.isWordEnd) branches.push(WORD_END);
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

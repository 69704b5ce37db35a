/** Splits folded text into word tokens with offsets into the folded text. */

export interface Token {
  /** The folded word, e.g. `وبمدينه`. */
  text: string;
  start: number;
  end: number;
  isNumber: boolean;
}

/**
 * A run of one script: Arabic letters, Latin letters, or digits, where a decimal point or thousands comma between
 * digits stays inside the number (1,200 / 3.5). Digits are their own tokens so "95كم" still reads as a number and a
 * unit. A regular expression, not a loop over characters: it runs on every character of every article, and V8
 * runs it as native code from the first article on.
 */
const WORD = /[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+|([0-9]+(?:[.,][0-9]+)*)|[a-zA-Z]+/g;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const within = from === 0 && to === text.length ? text : text.slice(0, to);
  WORD.lastIndex = from;
  for (let m = WORD.exec(within); m; m = WORD.exec(within)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, isNumber: m[1] !== undefined });
  }
  return tokens;
}

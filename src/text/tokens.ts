/** Splits folded text into word tokens with offsets into the folded text. */

export interface Token {
  /** The folded word, e.g. `وبمدينه`. */
  text: string;
  start: number;
  end: number;
  isNumber: boolean;
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/;

function charClass(ch: string): 'arabic' | 'digit' | 'latin' | 'other' {
  if (ch >= '0' && ch <= '9') return 'digit';
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) return 'latin';
  return ARABIC_LETTER.test(ch) ? 'arabic' : 'other';
}

/**
 * Words are runs of one script; digits are their own tokens so "95كم" still reads as a number and a unit.
 * A decimal point or thousands comma between digits stays inside the number (1,200 / 3.5).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const cls = charClass(text[i]!);
    if (cls === 'other') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const c = text[j]!;
      if (charClass(c) === cls) j++;
      else if (cls === 'digit' && (c === '.' || c === ',') && j + 1 < to && charClass(text[j + 1]!) === 'digit') j += 2;
      else break;
    }
    tokens.push({ text: text.slice(i, j), start: i, end: j, isNumber: cls === 'digit' });
    i = j;
  }
  return tokens;
}

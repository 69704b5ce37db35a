/** Splits folded text into word tokens with offsets into the folded text. */

export interface Token {
  /** The folded word, e.g. `وبمدينه`. */
  text: string;
  start: number;
  end: number;
  isNumber: boolean;
}

const enum CharClass {
  Other,
  Arabic,
  Digit,
  Latin,
}

function charClass(c: number): CharClass {
  if (c >= 0x30 && c <= 0x39) return CharClass.Digit;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return CharClass.Latin;
  if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff)) return CharClass.Arabic;
  return CharClass.Other;
}

/**
 * Words are runs of one script; digits are their own tokens so "95كم" still reads as a number and a unit.
 * A decimal point or thousands comma between digits stays inside the number (1,200 / 3.5).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const cls = charClass(text.charCodeAt(i));
    if (cls === CharClass.Other) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (charClass(c) === cls) j++;
      else if (cls === CharClass.Digit && (c === 0x2e || c === 0x2c) && j + 1 < to && charClass(text.charCodeAt(j + 1)) === CharClass.Digit) j += 2;
      else break;
    }
    tokens.push({ text: text.slice(i, j), start: i, end: j, isNumber: cls === CharClass.Digit });
    i = j;
  }
  return tokens;
}

/** Reads numbers written in digits or words ("خمسة وعشرين", "عشرات", "ثلاثة آلاف") from a token sequence. */
import type { Token } from './tokens.js';
import type { StemVariant } from './clitics.js';
import { memoizeWords } from './word-memo.js';

export type NumberWordKind = 'unit' | 'teen' | 'ten' | 'hundred' | 'multiplier' | 'vague';

export interface NumberWord {
  value: number;
  kind: NumberWordKind;
}

export interface NumberReading {
  value: number;
  /** Token indexes [first, last] that spell the number. */
  first: number;
  last: number;
  /** True for vague quantities such as عشرات or عدد, where ACLED's conservative figure applies. */
  isVague: boolean;
}

export interface NumberReader {
  /** With `joined`, the first word may carry و: a count joined to another ("17 منهم …، وستة آخرون"). */
  readNumber(tokens: Token[], at: number, joined?: boolean): NumberReading | null;
}

/**
 * `words` maps a folded number word to its value. Word sequences add up (خمسه وعشرين = 25), a teen marker adds ten
 * (اربعه عشر = 14), and a multiplier multiplies what came before (ثلاثه الاف = 3000) or stands for itself (الاف).
 */
export function createNumberReader(words: ReadonlyMap<string, NumberWord>, stem: (w: string) => readonly StemVariant[]): NumberReader {
  // A word's number reading, whole (no clitic) and with one (و، ب…), remembered per word: every word of an
  // article is asked whether it starts a number.
  const readingsOf = memoizeWords((word): [NumberWord | undefined, NumberWord | undefined] => {
    let whole: NumberWord | undefined;
    let withClitic: NumberWord | undefined;
    for (const v of stem(word)) {
      const w = words.get(v.stem);
      if (!w) continue;
      if (v.offset === 0) whole ??= w;
      withClitic ??= w;
    }
    return [whole, withClitic];
  });
  const lookup = (tokens: Token[], i: number, allowConjunction: boolean): NumberWord | undefined => readingsOf(tokens[i]!.text)[allowConjunction ? 1 : 0];
  return {
    readNumber(tokens, at, joined = false) {
      const first = tokens[at];
      if (!first) return null;
      if (first.isNumber) {
        let value = Number(first.text.replace(/,/g, ''));
        let last = at;
        const next = tokens[at + 1] && lookup(tokens, at + 1, false);
        if (next?.kind === 'multiplier') {
          value *= next.value;
          last = at + 1;
        }
        return Number.isFinite(value) ? { value, first: at, last, isVague: false } : null;
      }
      let total = 0;
      let current = 0;
      let last = -1;
      let isVague = false;
      for (let i = at; i < tokens.length; i++) {
        const w = lookup(tokens, i, i > at || joined);
        if (!w) break;
        if (i > at && w.kind !== 'teen' && w.kind !== 'multiplier' && !tokens[i]!.text.startsWith('و')) break;
        if (w.kind === 'teen') current += 10;
        else if (w.kind === 'multiplier') {
          total += (current || 1) * w.value;
          current = 0;
        } else current += w.value;
        if (w.kind === 'vague') isVague = true;
        last = i;
      }
      if (last < 0) return null;
      // "ثلاثة آلاف و412": digits after a lone و finish a number begun in words.
      const digits = tokens[last + 2];
      if (tokens[last + 1]?.text === 'و' && digits?.isNumber && total > 0 && Number(digits.text) < total) {
        return { value: total + current + Number(digits.text), first: at, last: last + 2, isVague };
      }
      return { value: total + current, first: at, last, isVague };
    },
  };
}

export interface Distance {
  km: number;
  first: number;
  last: number;
}

/** A number followed by a distance unit: "95 كم", "90 كلم", "عشرة كيلومترات"; `units` maps a unit to km. */
export function readDistance(reader: NumberReader, units: ReadonlyMap<string, number>, tokens: Token[], at: number): Distance | null {
  const n = reader.readNumber(tokens, at);
  const unit = n && tokens[n.last + 1];
  const kmPerUnit = unit && units.get(unit.text);
  if (!n || !kmPerUnit) return null;
  return { km: Math.round(n.value * kmPerUnit * 1000) / 1000, first: at, last: n.last + 1 };
}

/** Clitic prefixes (و ف ب ل ك ال) split off a folded word, as candidate stems for dictionary look-up. */
import path from 'node:path';
import { DataFileError, readTsv } from '../tsv.js';
import { memoizeWords } from './word-memo.js';

export interface CliticRule {
  /** The clitic's letters (a suffix for kind `suffix`, else a prefix). */
  prefix: string;
  kind: 'conjunction' | 'preposition' | 'article' | 'suffix';
  minStem: number;
}

export interface StemVariant {
  /** The word without the stripped prefixes. */
  stem: string;
  /** How many characters were stripped from the front of the word. */
  offset: number;
}

export function loadCliticRules(dataDir: string): CliticRule[] {
  const file = path.join(dataDir, 'text', 'clitics.tsv');
  return readTsv(file, ['prefix', 'kind', 'min_stem']).map(({ line, cells }) => {
    const kind = cells.kind;
    const minStem = Number(cells.min_stem);
    if ((kind !== 'conjunction' && kind !== 'preposition' && kind !== 'article' && kind !== 'suffix') || !(minStem > 0)) {
      throw new DataFileError(file, line, `expected kind conjunction|preposition|article|suffix and a positive min_stem, found "${kind}", "${cells.min_stem}"`);
    }
    return { prefix: cells.prefix!, kind, minStem };
  });
}

/**
 * Every way to read `word` as prefixes + stem (+ pronoun), whole word first: وبالمدينه → وبالمدينه, بالمدينه, المدينه,
 * مدينه; غاراتها → غاراتها, غارات.
 * ل before ال drops the alef (للجيش = ل + الجيش), so that reading is added too.
 */
export function createStemmer(rules: CliticRule[]): (word: string) => readonly StemVariant[] {
  const byKind = (kind: CliticRule['kind']) => rules.filter((r) => r.kind === kind);
  const conjunctions = byKind('conjunction');
  const prepositions = byKind('preposition');
  const articles = byKind('article');
  const suffixes = byKind('suffix');
  // Readings are shared between every article that has the word: callers read them, never change them.
  return memoizeWords(readings);

  function readings(word: string): StemVariant[] {
    const out: StemVariant[] = [{ stem: word, offset: 0 }];
    // Runs for every word of every article: a Set keeps the de-duplication linear.
    const seen = new Set([word]);
    const add = (stem: string, offset: number) => {
      if (seen.has(stem)) return;
      seen.add(stem);
      out.push({ stem, offset });
    };
    const strip = (from: StemVariant, group: CliticRule[]) => {
      for (const r of group) {
        if (from.stem.startsWith(r.prefix) && from.stem.length - r.prefix.length >= r.minStem) {
          add(from.stem.slice(r.prefix.length), from.offset + r.prefix.length);
        }
      }
    };
    strip(out[0]!, conjunctions);
    for (let k = 0, n = out.length; k < n; k++) strip(out[k]!, prepositions);
    for (let k = 0, n = out.length; k < n; k++) {
      const v = out[k]!;
      // ل + ال is written لل: لل + جيش reads as ال + جيش.
      if (v.offset > 0 && word[v.offset - 1] === 'ل' && v.stem.startsWith('ل') && v.stem.length >= 3) {
        // The alef of ال is not written, so this reading starts one character earlier than its text suggests.
        add('ال' + v.stem.slice(1), v.offset - 1);
      }
    }
    for (let k = 0, n = out.length; k < n; k++) strip(out[k]!, articles);
    // A possessive pronoun at the end (غاراتها، قواتهم) is read off after the prefixes; the span still covers it.
    for (let k = 0, n = out.length; k < n; k++) {
      const v = out[k]!;
      for (const r of suffixes) {
        if (v.stem.endsWith(r.prefix) && v.stem.length - r.prefix.length >= r.minStem) add(v.stem.slice(0, -r.prefix.length), v.offset);
      }
    }
    return out;
  }
}

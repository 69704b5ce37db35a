/** Which imported names are Arabic: both dumps mix every language and script in one field. */
import type { ImportedName } from '../place-writer.js';

// Arabic letters, harakat, superscript alef and wasla only. Persian and Urdu letters (ک ی پ چ گ ژ) are left out on
// purpose: rasd folds text to Arabic letters, so "بنی ولید" would fold into an unrelated word instead of بني وليد.
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0671 '-]+$/;

export function isArabicName(name: string): boolean {
  return ARABIC_NAME.test(name) && /[\u0621-\u064A]/.test(name);
}

/** The Arabic-letter names among `values`, each once, as 'ar' names. */
export function arabicNames(values: Iterable<string>): ImportedName[] {
  const names = new Set<string>();
  for (const value of values) {
    const name = value.trim();
    if (isArabicName(name)) names.add(name);
  }
  return [...names].map((name) => ({ name, lang: 'ar' }));
}

/** Folds a name for comparison, so spelling variants a reporter may use compare equal. */

// Harakat, superscript alef and tatweel carry no identity for a name.
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const FOLDS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ى': 'ي', 'ة': 'ه' };

export function foldName(name: string): string {
  return name
    .replace(MARKS, '')
    .replace(/[أإآىة]/g, (ch) => FOLDS[ch] ?? ch)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

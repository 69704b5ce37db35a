/** Article → a rejection when it cannot be read as Arabic news: empty, binary, too large, not Arabic, bad date. */
import { isValidIsoDate } from './calendar.js';

export interface Rejection {
  code: 'empty_text' | 'binary' | 'too_large' | 'not_arabic' | 'bad_date';
  message: string;
}

export const MAX_ARTICLE_CHARS = 2_000_000;
const MIN_ARABIC_LETTERS = 20;

export function checkArticle(text: unknown, published: unknown): Rejection | null {
  if (typeof published !== 'string' || !isValidIsoDate(published)) {
    return { code: 'bad_date', message: `expected a publication date as YYYY-MM-DD, found ${JSON.stringify(published ?? null)}` };
  }
  if (typeof text !== 'string' || text.trim() === '') return { code: 'empty_text', message: 'expected article text, found an empty article' };
  if (text.length > MAX_ARTICLE_CHARS) {
    return { code: 'too_large', message: `expected at most ${MAX_ARTICLE_CHARS} characters, found ${text.length}: split the document into articles` };
  }
  const { controls, arabic, letters, length } = countCharacters(text, 20_000);
  if (controls > 0 && controls / length > 0.001) {
    return { code: 'binary', message: `expected text, found ${controls} control or undecodable characters in the first ${length}: is this a binary file?` };
  }
  if (arabic < MIN_ARABIC_LETTERS || arabic / Math.max(1, letters) < 0.3) {
    return { code: 'not_arabic', message: `expected Arabic text, found ${arabic} Arabic letters out of ${letters}` };
  }
  return null;
}

// Native regular expressions count, not a loop over characters: this runs on every article, most of which are
// not news of war.
const ARABIC = /[\u0621-\u064a]/g;
const OTHER_LETTERS = /[A-Za-z\u00c0-\u024f\u0400-\u04ff]/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

/** How many characters of the first `limit` are Arabic letters, letters of any script, and control characters. */
function countCharacters(text: string, limit: number): { controls: number; arabic: number; letters: number; length: number } {
  const head = text.length > limit ? text.slice(0, limit) : text;
  const count = (re: RegExp) => head.length - head.replace(re, '').length;
  const arabic = count(ARABIC);
  return { controls: count(CONTROLS), arabic, letters: arabic + count(OTHER_LETTERS), length: head.length };
}

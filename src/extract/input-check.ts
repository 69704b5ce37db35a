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
  const sample = text.slice(0, 20_000);
  const controls = (sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (controls > 0 && controls / sample.length > 0.001) {
    return { code: 'binary', message: `expected text, found ${controls} control or undecodable characters in the first ${sample.length}: is this a binary file?` };
  }
  const arabic = (sample.match(/[\u0621-\u064A]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (arabic < MIN_ARABIC_LETTERS || arabic / Math.max(1, letters) < 0.3) {
    return { code: 'not_arabic', message: `expected Arabic text, found ${arabic} Arabic letters out of ${letters}` };
  }
  return null;
}

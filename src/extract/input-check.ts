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

/** One pass over the first `limit` characters: this runs on every article, most of which are not news of war. */
function countCharacters(text: string, limit: number): { controls: number; arabic: number; letters: number; length: number } {
  const length = Math.min(text.length, limit);
  let controls = 0;
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) (arabic++, letters++);
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x0400 && c <= 0x04ff)) letters++;
    else if (c < 0x09 || (c > 0x0d && c < 0x20) || c === 0xfffd) controls++;
  }
  return { controls, arabic, letters, length };
}

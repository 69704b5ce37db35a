/** Reads an articles JSONL file (`{id, published, title?, text, outlet?, url?}`) into `Article`s. */
import type { Article } from '../extract/event-record.js';
import { articleLineSchema } from '../extract/index.js';
import { readJsonl, requireUniqueIds } from './read-jsonl.js';

export function readArticles(path: string): Article[] {
  return requireUniqueIds(path, readJsonl(path, articleLineSchema), 'article');
}

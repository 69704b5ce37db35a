/** Reads a gold JSONL file into validated `GoldArticle`s, one per article id. */
import { goldArticleSchema, type GoldArticle } from './gold-schema.js';
import { readJsonl, requireUniqueIds } from './read-jsonl.js';

export function readGold(path: string): GoldArticle[] {
  return requireUniqueIds(path, readJsonl(path, goldArticleSchema), 'gold line');
}

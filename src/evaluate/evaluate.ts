/** Runs a predictor over every gold-coded article and scores its events against gold. */
import type { Article, EventRecord } from '../extract/event-record.js';
import { EvalInputError } from './eval-input-error.js';
import type { GoldArticle } from './gold-schema.js';
import { matchEvents, type ArticleMatch } from './match-events.js';
import { scoreMatches, type Score } from './score.js';

export interface EvalReport extends Score {
  /** Per-article matching, in gold order, for `formatDetails`. */
  articles: ArticleMatch[];
  /** Articles with no gold line: not run, listed so a wrong file pairing is visible. */
  unscored: string[];
}

export function evaluate(articles: readonly Article[], gold: readonly GoldArticle[], predict: (article: Article) => EventRecord[]): EvalReport {
  const byId = new Map<string, Article>();
  articles.forEach((article, index) => {
    if (article.id === null) {
      throw new EvalInputError('eval_gold_mismatch', `article ${index + 1}`, 'expected an id to pair it with gold, found null');
    }
    if (byId.has(article.id)) {
      throw new EvalInputError('eval_gold_mismatch', `article ${index + 1}`, `expected unique ids, found "${article.id}" twice`);
    }
    byId.set(article.id, article);
  });
  const goldIds = new Set(gold.map((line) => line.id));
  const matches = gold.map((line) => {
    const article = byId.get(line.id);
    if (article === undefined) {
      throw new EvalInputError('eval_gold_mismatch', `gold "${line.id}"`, 'expected an article with this id, found none in the articles given');
    }
    return matchEvents(article, line, predict(article));
  });
  return { ...scoreMatches(matches), articles: matches, unscored: [...byId.keys()].filter((id) => !goldIds.has(id)) };
}

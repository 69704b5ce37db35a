/** Articles + gold + a predictor → EvalReport (detection, strict, field accuracies, background coded) and its text. */
export { readArticles } from './articles-file.js';
export { EvalInputError } from './eval-input-error.js';
export { evaluate, type EvalReport } from './evaluate.js';
export { formatDetails } from './format-details.js';
export { formatReport } from './format-report.js';
export { readGold } from './gold-file.js';
export { goldArticleSchema, type GoldArticle, type GoldEvent, type GoldNegative } from './gold-schema.js';
export type { ArticleMatch, BackgroundPrediction, MatchedPair } from './match-events.js';
export type { PairJudgement } from './judge-match.js';
export type { AccuracyField, DetectionScore, Ratio, Score } from './score.js';
export type { CountryScore, SubEventRecall } from './score-breakdowns.js';

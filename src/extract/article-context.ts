/**
 * Article + ArticleDoc → ArticleContext: what the whole article says once, before any trigger is framed — its
 * countries, its actors (named and by pronoun), its places resolved, its temporal expressions.
 */
import type { Gazetteer } from '../gazetteer/index.js';
import type { Lexicon } from '../lexicon/index.js';
import { hitSpan, type ArticleDoc } from './article-doc.js';
import { topCountry, weighCountries } from './article-country.js';
import { findTemporalItems, type TemporalItem } from './dates.js';
import type { Article } from './event-record.js';
import { findCountryActors } from './country-actors.js';
import { findTolls, type Toll } from './fatalities.js';
import { findPlaceMentions } from './place-mentions.js';
import type { PlaceMention } from './place-mention.js';
import { resolvePronounActors } from './pronoun-actors.js';
import { chooseActor, toActorRef, type ActorMention } from './resolve-actor.js';
import { resolvePlaces, type ResolvedPlace } from './resolve-place.js';

export interface ArticleContext {
  article: Article;
  doc: ArticleDoc;
  /** The country the article is most about, for generic actors and "العاصمة". */
  country: string | null;
  actors: ActorMention[];
  mentions: PlaceMention[];
  places: Map<PlaceMention, ResolvedPlace>;
  temporal: TemporalItem[];
  /** A sentence's death tolls, read once however many triggers ask. */
  tollsIn: (sentence: number) => Toll[];
}

export function readArticleContext(article: Article, doc: ArticleDoc, lexicon: Lexicon, gazetteer: Gazetteer, distanceUnits: ReadonlyMap<string, number>): ArticleContext {
  const covered = gazetteer.covered;
  const gazMatches = gazetteer.matcher.findAll(doc.tokens, doc.stemsOf);
  const mentions = findPlaceMentions(doc, gazetteer, gazMatches, lexicon.numbers, distanceUnits);
  const weights = weighCountries(gazMatches, mentions, doc.hits.actor, covered);
  const country = topCountry(weights, covered);
  const countryName = (iso2: string) => gazetteer.countries.get(iso2)?.name;
  const named = doc.hits.actor.flatMap((h): ActorMention[] => {
    const alias = chooseActor(h.value, article.published, weights);
    if (!alias) return [];
    const span = hitSpan(doc, h);
    const ref = toActorRef(alias, article.text.slice(span.start, span.end), span, country, countryName);
    return [{ first: h.first, last: h.last, prefixLength: h.offset, ref, isPejorative: alias.isPejorative }];
  });
  const states = findCountryActors(doc, gazMatches, named);
  const byName = [...named, ...states].sort((a, b) => a.first - b.first);
  const actors = [...byName, ...resolvePronounActors(doc, byName)].sort((a, b) => a.first - b.first);
  const places = resolvePlaces(mentions, {
    gazetteer,
    countryWeights: weights,
    topCountry: country,
    covered,
    mentionText: (m) => {
      const span = hitSpan(doc, { first: m.nameFirst, last: m.nameLast, offset: m.nameOffset });
      return { text: article.text.slice(span.start, span.end), span };
    },
  });
  const tolls = new Map<number, Toll[]>();
  const tollsIn = (sentence: number) => {
    let found = tolls.get(sentence);
    if (!found) tolls.set(sentence, (found = findTolls(doc, sentence, lexicon.numbers)));
    return found;
  };
  return { article, doc, country, actors, mentions, places, temporal: findTemporalItems(doc, article.published), tollsIn };
}

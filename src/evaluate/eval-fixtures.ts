/** Hand-written Arabic fixtures for the evaluate tests (invented sentences, never gold text). */
import type { ActorRef, Article, EventRecord } from '../extract/event-record.js';
import { goldArticleSchema, type GoldArticle } from './gold-schema.js';

export const SIRTE = { latitude: 31.2089, longitude: 16.5887 };
export const MISRATA = { latitude: 32.3754, longitude: 15.0925 };

export const STRIKE = 'قصفت طائرات مسيرة مواقع في مدينة سرت يوم الخميس، ما أسفر عن مقتل ثلاثة مسلحين.';
export const CLASH = 'واشتبكت قوات الوفاق مع مسلحين قرب مصراتة أمس.';
export const BACKGROUND = 'وكانت المدينة قد شهدت معارك عنيفة قبل ثلاث سنوات.';
export const THREAT = 'وهددت الجماعة بشن هجمات جديدة على المدينة.';

export const ARTICLE: Article = {
  id: 'fixture-1',
  published: '2024-03-16',
  text: [STRIKE, CLASH, BACKGROUND, THREAT].join(' '),
};

/** Gold for ARTICLE: a strike in Sirte, a clash near Misrata, an optional threat and one background passage. */
export function fixtureGold(): GoldArticle {
  return goldArticleSchema.parse({
    id: 'fixture-1',
    events: [
      goldEvent({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', event_date: '2024-03-14', location: 'Sirte', ...SIRTE, actor1: [], actor2: [], fatalities: 3, evidence: [STRIKE] }),
      goldEvent({ event_type: 'Battles', sub_event_type: 'Armed clash', event_date: '2024-03-15', location: 'Misrata', ...MISRATA, geo_precision: 2, radius_km: 30, actor1: ['Government of National Accord', 'قوات الوفاق'], actor2: [], fatalities: 0, evidence: ['اشتبكت قوات الوفاق مع مسلحين'] }),
      goldEvent({ event_type: 'Strategic developments', sub_event_type: 'Other', event_date: '2024-03-16', date_tolerance_days: 1, location: 'Sirte', ...SIRTE, actor1: [], actor2: [], fatalities: 0, evidence: [THREAT], optional: true }),
    ],
    negatives: [{ evidence: BACKGROUND, why: 'battles three years earlier' }],
  });
}

function goldEvent(fields: Record<string, unknown>): Record<string, unknown> {
  return { time_precision: 1, location_ar: '', country: 'LY', admin1: '', geo_precision: 1, ...fields };
}

export function actor(name: string, mention: string, id: string | null = null): ActorRef {
  return { id, name, acled: name, mention, inter: null, country: null, span: { start: 0, end: 0 } };
}

/** A prediction whose evidence is the first occurrence of `quote` in ARTICLE, with fields as gold codes it. */
export function predictionOn(quote: string, fields: Partial<EventRecord>): EventRecord {
  const start = ARTICLE.text.indexOf(quote);
  if (start === -1) throw new Error(`fixture quote not in the article: ${quote}`);
  const sentence = { start, end: start + quote.length };
  return {
    article_id: ARTICLE.id, event_type: 'Battles', sub_event_type: 'Armed clash', cameo: '', event_date: ARTICLE.published,
    time_precision: 1, actor1: null, actor2: null, assoc_actor_1: [], assoc_actor_2: [], fatalities: 0, location: null,
    location_ar: null, admin1: null, country: 'LY', latitude: null, longitude: null, geo_precision: 1, radius_km: null,
    claimant: null, source: null, notes: '', quote, spans: { trigger: sentence },
    evidence: [{ quote, sentence, spans: { trigger: sentence }, claimant: null, fatalities: 0 }], confidence: 1, warnings: [],
    ...fields,
  };
}

/** Predictions that code ARTICLE exactly as fixtureGold does (without the optional threat). */
export function perfectPredictions(): EventRecord[] {
  return [
    predictionOn(STRIKE, { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', event_date: '2024-03-14', location: 'Sirte', ...SIRTE, fatalities: 3 }),
    predictionOn(CLASH, { event_date: '2024-03-15', location: 'Misrata', ...MISRATA, actor1: actor('Government of National Accord', 'قوات الوفاق', 'ly.gna') }),
  ];
}

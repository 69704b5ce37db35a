import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase } from '../db/index.js';
import type { ActorRef, EventRecord } from '../extract/index.js';
import { addDays } from '../extract/index.js';
import { clusterMentions } from './cluster-mentions.js';
import { mergeEvent } from './merge-event.js';
import { openStore } from './open-store.js';
import type { Mention } from './stored-event.js';

const actor = (id: string): ActorRef => ({ id, name: id, acled: id, mention: id, inter: 1, country: 'SY', span: { start: 0, end: 1 } });

/** A telling with the fields clustering reads; the rest as extraction would leave them for a bare report. */
function telling(over: Partial<EventRecord>): EventRecord {
  return {
    article_id: null, event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', cameo: '195', event_date: '2024-03-14', time_precision: 1,
    actor1: null, actor2: null, assoc_actor_1: [], assoc_actor_2: [], fatalities: 0, location: 'Idlib', location_ar: 'إدلب', admin1: 'Idlib', country: 'SY',
    latitude: 35.93, longitude: 36.63, geo_precision: 1, radius_km: null, claimant: null, source: null, notes: '', quote: 'قصفت الطائرات إدلب',
    spans: { trigger: { start: 0, end: 4 } }, evidence: [{ quote: 'قصفت الطائرات إدلب', sentence: { start: 0, end: 18 }, spans: { trigger: { start: 0, end: 4 } }, claimant: null, fatalities: 0 }],
    confidence: 0.8, warnings: [], ...over,
  };
}
const mention = (article_id: string, over: Partial<EventRecord>, outlet: string | null = null): Mention => ({ article_id, idx: 0, outlet, record: telling(over) });
const ids = (clusters: Mention[][]) => clusters.map((c) => c.map((m) => m.article_id));

test('tellings of one strike a day apart, 5 km apart, merge into one event', () => {
  const clusters = clusterMentions([mention('a1', {}), mention('a2', { event_date: '2024-03-15', latitude: 35.97 })]);
  assert.deepEqual(ids(clusters), [['a1', 'a2']]);
});

test('another sub-event type, two days apart, or over 10 km away stays apart', () => {
  for (const other of [{ sub_event_type: 'Shelling/artillery/missile attack' }, { event_date: '2024-03-16' }, { latitude: 36.1 }]) {
    assert.equal(clusterMentions([mention('a1', {}), mention('a2', other)]).length, 2, JSON.stringify(other));
  }
});

test('named actors must agree; an unnamed side fits anyone, and a clash reads both ways', () => {
  assert.equal(clusterMentions([mention('a1', { actor1: actor('sy.regime-forces') }), mention('a2', { actor1: actor('ru.military') })]).length, 2);
  assert.equal(clusterMentions([mention('a1', { actor1: actor('sy.regime-forces') }), mention('a2', {})]).length, 1);
  const swapped = [mention('a1', { actor1: actor('x'), actor2: actor('y') }), mention('a2', { actor1: actor('y'), actor2: actor('x') })];
  assert.equal(clusterMentions(swapped).length, 1);
});

test('a telling joins an event only if it fits every telling already in it, whatever order they come in', () => {
  // b fits a and c, but a and c name different attackers: a and c are two events, b joins the earlier one.
  const a = mention('a1', { actor1: actor('x') });
  const b = mention('b2', {});
  const c = mention('c3', { actor1: actor('y') });
  for (const order of [[a, b, c], [c, b, a], [b, c, a]]) assert.deepEqual(ids(clusterMentions(order)), [['a1', 'b2'], ['c3']]);
});

test('a merged event keeps the lowest positive toll and every claim, and counts sources and articles', () => {
  const event = mergeEvent([
    mention('a1', { fatalities: 7, claimant: 'الدفاع المدني' }, 'وكالة أ'),
    mention('a2', { fatalities: 5 }, 'وكالة ب'),
    mention('a3', { fatalities: 0 }, 'وكالة أ'),
  ]);
  assert.equal(event.fatalities, 5);
  assert.deepEqual(event.fatality_claims.map((c) => c.fatalities), [7, 5, 0]);
  assert.equal(event.num_articles, 3);
  assert.equal(event.num_sources, 2);
  assert.deepEqual([...new Set(event.evidence.map((e) => e.article_id))], ['a1', 'a2', 'a3']);
  assert.match(event.id, /^e[0-9a-f]{16}$/);
});

test('a batch spread over more days than the store reads at once still finds the stored telling one joins', async () => {
  const store = await openStore({ sqlite: openDatabase(':memory:'), fold: (text) => text });
  const article = (text: string) => ({ source_id: null, published: '2024-03-16', title: null, text, outlet: null, url: null });
  try {
    await store.addArticles([{ article: article('first'), events: [telling({})] }]);
    // Tellings a week apart from one another come first, so the days around the last one are read last.
    const spread = Array.from({ length: 80 }, (_, i) => telling({ event_date: addDays('2020-01-01', 7 * i) }));
    const [added] = await store.addArticles([{ article: article('second'), events: [...spread, telling({ event_date: '2024-03-15' })] }]);
    const joined = await store.getEvent(added!.event_ids.at(-1)!);
    assert.equal(joined!.event.num_articles, 2);
  } finally {
    await store.close();
  }
});

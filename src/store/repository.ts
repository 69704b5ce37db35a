/**
 * The store's one interface, written once over SqlExecutor for both engines: add an article with its extracted
 * events (re-clustering only the neighbourhood they touch), and read events, articles, actors and control of places.
 */
import type { ActorRef, EventRecord } from '../extract/index.js';
import { addDays } from '../extract/calendar.js';
import { clusterMentions } from './cluster-mentions.js';
import { encodeCursor, type EventQuery } from './event-query.js';
import { EVENT_ORDER, eventWhere } from './event-query-sql.js';
import { MAX_DAYS_APART, areLinked } from './mention-links.js';
import { mergeEvent } from './merge-event.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';
import { actorIdOf, articleIdOf, contentHash } from './stable-ids.js';
import type { EventContent, Mention, NewArticle, PlaceControl, StoredActor, StoredArticle, StoredEvent } from './stored-event.js';

export interface AddResult {
  status: 'added' | 'duplicate';
  article_id: string;
  /** The events the article's mentions now belong to. */
  event_ids: string[];
}

export interface ArticleWithEvents {
  article: NewArticle;
  events: readonly EventRecord[];
}

export interface EventPage {
  events: StoredEvent[];
  next_cursor: string | null;
}

export interface Store {
  readonly engine: SqlExecutor['engine'];
  /** The stored article with this text, if any: ingest skips extraction for it. */
  findArticleId(text: string): Promise<string | null>;
  /** Stores articles with their extracted events, in one transaction; an article whose text is stored is a duplicate. */
  addArticles(batch: readonly ArticleWithEvents[]): Promise<AddResult[]>;
  /** Soft-deletes an article and its mentions, and re-clusters the events they supported. */
  deleteArticle(id: string): Promise<boolean>;
  listEvents(query: EventQuery): Promise<EventPage>;
  getEvent(id: string): Promise<{ event: StoredEvent; articles: StoredArticle[] } | null>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listActors(): Promise<StoredActor[]>;
  placeControl(locationId: string): Promise<PlaceControl | null>;
  close(): Promise<void>;
}

/** Territory changes hands only through these sub-event types. */
const TERRITORY_SUB_EVENTS = ['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory'];

interface MentionRow {
  article_id: string;
  idx: number;
  event_id: string | null;
  outlet: string | null;
  record: string;
}

interface EventRow {
  id: string;
  record: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const MENTION_COLUMNS = 'm.article_id, m.idx, m.event_id, a.outlet, m.record FROM event_mentions m JOIN articles a ON a.id = m.article_id';

export function createRepository(db: SqlExecutor, fold: (text: string) => string): Store {
  const toEvent = (row: EventRow): StoredEvent => ({ ...(JSON.parse(row.record) as EventContent), created_at: row.created_at, updated_at: row.updated_at, deleted_at: row.deleted_at });
  const toMention = (row: MentionRow): Mention => ({ article_id: row.article_id, idx: row.idx, outlet: row.outlet, record: JSON.parse(row.record) as EventRecord });

  async function findArticleId(text: string): Promise<string | null> {
    const rows = await db.all<{ id: string }>('SELECT id FROM articles WHERE content_hash = ?', [contentHash(text)]);
    return rows[0]?.id ?? null;
  }

  /** Articles in one transaction: a commit per article would cost more than storing it. */
  async function addArticles(batch: readonly ArticleWithEvents[]): Promise<AddResult[]> {
    return db.transaction(async (tx) => {
      const results: AddResult[] = [];
      for (const { article, events } of batch) results.push(await addInTransaction(tx, article, events));
      return results;
    });
  }

  async function addInTransaction(tx: SqlExecutor, article: NewArticle, events: readonly EventRecord[]): Promise<AddResult> {
    const hash = contentHash(article.text);
    const id = articleIdOf(hash);
    const existing = await tx.all<{ id: string }>('SELECT id FROM articles WHERE content_hash = ?', [hash]);
    if (existing.length) {
      const ids = await tx.all<{ event_id: string }>('SELECT event_id FROM event_mentions WHERE article_id = ? ORDER BY idx', [id]);
      return { status: 'duplicate', article_id: id, event_ids: ids.map((r) => r.event_id) };
    }
    const now = new Date().toISOString();
    await tx.run(
      'INSERT INTO articles (id, content_hash, source_id, outlet, url, title, published, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [id, hash, article.source_id, article.outlet, article.url, article.title, article.published, article.text, now, now],
    );
    const mentions = events.map((record, idx): Mention => ({ article_id: id, idx, outlet: article.outlet, record: { ...record, article_id: id } }));
    for (const m of mentions) {
      for (const actor of actorsOf(m.record)) await saveActor(tx, actor, now);
      await tx.run('INSERT INTO event_mentions (article_id, idx, sub_event_type, event_date, record, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        m.article_id, m.idx, m.record.sub_event_type, m.record.event_date, JSON.stringify(m.record), now, now,
      ]);
    }
    const assigned = await recluster(tx, mentions, [], now);
    return { status: 'added', article_id: id, event_ids: mentions.map((m) => assigned.get(`${m.article_id}#${m.idx}`)!) };
  }

  async function deleteArticle(id: string): Promise<boolean> {
    return db.transaction(async (tx) => {
      const rows = await tx.all<MentionRow>(`SELECT ${MENTION_COLUMNS} WHERE m.article_id = ? AND m.deleted_at IS NULL`, [id]);
      const found = await tx.all<{ id: string }>('SELECT id FROM articles WHERE id = ? AND deleted_at IS NULL', [id]);
      if (!found.length) return false;
      const now = new Date().toISOString();
      await tx.run('UPDATE articles SET deleted_at = ?, updated_at = ? WHERE id = ?', [now, now, id]);
      await tx.run('UPDATE event_mentions SET deleted_at = ?, updated_at = ? WHERE article_id = ?', [now, now, id]);
      // What is left of each event it supported is re-clustered from scratch: it may now fall apart.
      const eventIds = [...new Set(rows.map((r) => r.event_id).filter((e): e is string => e !== null))];
      const survivors: Mention[] = [];
      for (const eventId of eventIds) {
        survivors.push(...(await tx.all<MentionRow>(`SELECT ${MENTION_COLUMNS} WHERE m.event_id = ? AND m.deleted_at IS NULL`, [eventId])).map(toMention));
      }
      await recluster(tx, survivors, eventIds, now);
      return true;
    });
  }

  /**
   * Re-clusters the neighbourhood of `seeds`: every live mention reachable from them through links (same sub-event
   * type, a day apart, 10 km, compatible actors). That set is the same whatever order articles arrived in, and so
   * are the events clustering draws from it. Returns each mention's event id.
   */
  async function recluster(tx: SqlExecutor, seeds: readonly Mention[], formerEventIds: readonly string[], now: string): Promise<Map<string, string>> {
    const key = (m: { article_id: string; idx: number }) => `${m.article_id}#${m.idx}`;
    const neighbourhood = new Map<string, Mention>(seeds.map((m) => [key(m), m]));
    const previous = new Map<string, string | null>();
    const windows = new Map<string, MentionRow[]>();
    const frontier = [...seeds];
    while (frontier.length) {
      const m = frontier.pop()!;
      const window = `${m.record.sub_event_type}|${m.record.event_date}`;
      let rows = windows.get(window);
      if (!rows) {
        rows = await tx.all<MentionRow>(`SELECT ${MENTION_COLUMNS} WHERE m.sub_event_type = ? AND m.event_date BETWEEN ? AND ? AND m.deleted_at IS NULL`, [
          m.record.sub_event_type, addDays(m.record.event_date, -MAX_DAYS_APART), addDays(m.record.event_date, MAX_DAYS_APART),
        ]);
        windows.set(window, rows);
      }
      for (const row of rows) {
        const k = key(row);
        if (!previous.has(k)) previous.set(k, row.event_id);
        if (neighbourhood.has(k)) continue;
        const other = toMention(row);
        if (!areLinked(m.record, other.record)) continue;
        neighbourhood.set(k, other);
        frontier.push(other);
      }
    }
    const assigned = new Map<string, string>();
    const current = new Set<string>();
    for (const members of clusterMentions([...neighbourhood.values()])) {
      const event = mergeEvent(members);
      current.add(event.id);
      await saveEvent(tx, event, now);
      for (const m of members) {
        assigned.set(key(m), event.id);
        if (previous.get(key(m)) !== event.id) {
          await tx.run('UPDATE event_mentions SET event_id = ?, updated_at = ? WHERE article_id = ? AND idx = ?', [event.id, now, m.article_id, m.idx]);
        }
      }
    }
    const former = new Set([...formerEventIds, ...[...neighbourhood.keys()].map((k) => previous.get(k)).filter((e): e is string => !!e)]);
    for (const id of former) {
      if (!current.has(id)) await tx.run('UPDATE events SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL', [now, now, id]);
    }
    return assigned;
  }

  /** Writes an event only when it changed, so ingesting nothing new moves no `updated_at`. */
  async function saveEvent(tx: SqlExecutor, e: EventContent, now: string): Promise<void> {
    const record = JSON.stringify(e);
    const [old] = await tx.all<{ record: string; deleted_at: string | null }>('SELECT record, deleted_at FROM events WHERE id = ?', [e.id]);
    if (old && old.record === record && old.deleted_at === null) return;
    if (e.location_id) {
      await tx.run(
        'INSERT INTO locations (id, name, name_ar, admin1, country, latitude, longitude, geo_precision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
        [e.location_id, e.location, e.location_ar, e.admin1, e.country, e.latitude, e.longitude, e.geo_precision, now, now],
      );
    }
    const searchText = fold([...e.evidence.map((x) => x.quote), e.location_ar, e.location, e.admin1, ...actorsOf(e).flatMap((a) => [a.mention, a.name])].filter(Boolean).join(' ')).toLowerCase();
    const values: SqlValue[] = [
      e.event_type, e.sub_event_type, e.event_date, e.country, e.admin1, e.location, e.location_ar, e.location_id, e.latitude, e.longitude,
      e.actor1 && actorIdOf(e.actor1), e.actor2 && actorIdOf(e.actor2), e.actor1?.inter ?? null, e.actor2?.inter ?? null,
      e.fatalities, e.num_sources, e.num_articles, searchText, record, now,
    ];
    const columns = 'event_type, sub_event_type, event_date, country, admin1, location, location_ar, location_id, latitude, longitude, actor1_id, actor2_id, inter1, inter2, fatalities, num_sources, num_articles, search_text, record, updated_at';
    if (old) {
      await tx.run(`UPDATE events SET ${columns.split(', ').map((c) => `${c} = ?`).join(', ')}, deleted_at = NULL WHERE id = ?`, [...values, e.id]);
    } else {
      await tx.run(`INSERT INTO events (id, ${columns}, created_at) VALUES (?, ${values.map(() => '?').join(', ')}, ?)`, [e.id, ...values, now]);
    }
  }

  async function listEvents(query: EventQuery): Promise<EventPage> {
    const { where, params } = eventWhere(query, query.q ? fold(query.q).toLowerCase() : null);
    const rows = await db.all<EventRow>(`SELECT id, record, created_at, updated_at, deleted_at FROM events WHERE ${where} ${EVENT_ORDER} LIMIT ?`, [...params, query.limit + 1]);
    const events = rows.slice(0, query.limit).map(toEvent);
    const last = events[events.length - 1];
    return { events, next_cursor: rows.length > query.limit && last ? encodeCursor(last.event_date, last.id) : null };
  }

  async function getEvent(id: string): Promise<{ event: StoredEvent; articles: StoredArticle[] } | null> {
    const [row] = await db.all<EventRow>('SELECT id, record, created_at, updated_at, deleted_at FROM events WHERE id = ?', [id]);
    if (!row) return null;
    const event = toEvent(row);
    const articles: StoredArticle[] = [];
    for (const articleId of event.article_ids) {
      const article = await getArticle(articleId);
      if (article) articles.push(article);
    }
    return { event, articles };
  }

  async function getArticle(id: string): Promise<StoredArticle | null> {
    const [row] = await db.all<StoredArticle>(
      'SELECT id, content_hash, source_id, outlet, url, title, published, text, created_at, updated_at, deleted_at FROM articles WHERE id = ?',
      [id],
    );
    return row ?? null;
  }

  async function listActors(): Promise<StoredActor[]> {
    return db.all<StoredActor>(
      `SELECT a.id, a.name, a.acled, a.inter, a.country,
         CAST((SELECT COUNT(*) FROM events e WHERE (e.actor1_id = a.id OR e.actor2_id = a.id) AND e.deleted_at IS NULL) AS INTEGER) AS events
       FROM actors a WHERE a.deleted_at IS NULL ORDER BY events DESC, a.id`,
    );
  }

  async function placeControl(locationId: string): Promise<PlaceControl | null> {
    const [place] = await db.all<PlaceControl['place']>('SELECT id, name, name_ar, admin1, country, latitude, longitude FROM locations WHERE id = ?', [locationId]);
    if (!place) return null;
    const rows = await db.all<EventRow>(
      `SELECT id, record, created_at, updated_at, deleted_at FROM events WHERE location_id = ? AND deleted_at IS NULL AND sub_event_type IN (${TERRITORY_SUB_EVENTS.map(() => '?').join(', ')}) ORDER BY event_date, id`,
      [locationId, ...TERRITORY_SUB_EVENTS],
    );
    const control = rows.map(toEvent).map((e) => ({
      from: e.event_date,
      controller: e.actor1?.acled ?? null,
      controller_id: e.actor1 ? actorIdOf(e.actor1) : null,
      sub_event_type: e.sub_event_type,
      event_id: e.id,
    }));
    return { place, control };
  }

  return { engine: db.engine, findArticleId, addArticles, deleteArticle, listEvents, getEvent, getArticle, listActors, placeControl, close: () => db.close() };
}

function actorsOf(e: Pick<EventRecord, 'actor1' | 'actor2' | 'assoc_actor_1' | 'assoc_actor_2'>): ActorRef[] {
  return [e.actor1, e.actor2, ...e.assoc_actor_1, ...e.assoc_actor_2].filter((a): a is ActorRef => a !== null);
}

async function saveActor(tx: SqlExecutor, a: ActorRef, now: string): Promise<void> {
  await tx.run('INSERT INTO actors (id, name, acled, inter, country, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING', [
    actorIdOf(a), a.name, a.acled, a.inter, a.country, now, now,
  ]);
}

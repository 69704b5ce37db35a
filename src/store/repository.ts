/**
 * The store's one interface, written once over SqlExecutor for both engines: add articles with their extracted
 * events or withdraw one (recluster.ts re-derives the events they touch), and read events, articles, actors and
 * control of places.
 */
import type { ActorRef, EventRecord } from '../extract/index.js';
import { encodeCursor, type EventQuery } from './event-query.js';
import { EVENT_ORDER, eventWhere } from './event-query-sql.js';
import { actorsOf, MENTION_COLUMNS, recluster, toMention, type MentionRow } from './recluster.js';
import type { SqlExecutor } from './sql-executor.js';
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
  /**
   * Stores articles with their extracted events, in one transaction. An article whose text is stored is a
   * duplicate; one that was deleted is restored with the mentions it had.
   */
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

interface EventRow {
  id: string;
  record: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export function createRepository(db: SqlExecutor, fold: (text: string) => string): Store {
  const toEvent = (row: EventRow): StoredEvent => ({ ...(JSON.parse(row.record) as EventContent), created_at: row.created_at, updated_at: row.updated_at, deleted_at: row.deleted_at });

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
    const [existing] = await tx.all<{ deleted_at: string | null }>('SELECT deleted_at FROM articles WHERE content_hash = ?', [hash]);
    const now = new Date().toISOString();
    if (existing?.deleted_at) return restoreArticle(tx, id, now);
    if (existing) {
      const ids = await tx.all<{ event_id: string }>('SELECT event_id FROM event_mentions WHERE article_id = ? ORDER BY idx', [id]);
      return { status: 'duplicate', article_id: id, event_ids: ids.map((r) => r.event_id) };
    }
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
    const assigned = await recluster(tx, fold, { added: mentions, withdrawn: [], withdrawnEventIds: [] }, now);
    return { status: 'added', article_id: id, event_ids: mentions.map((m) => assigned.get(`${m.article_id}#${m.idx}`)!) };
  }

  /** A withdrawn article ingested again comes back with the mentions it had, and its events are re-derived. */
  async function restoreArticle(tx: SqlExecutor, id: string, now: string): Promise<AddResult> {
    await tx.run('UPDATE articles SET deleted_at = NULL, updated_at = ? WHERE id = ?', [now, id]);
    await tx.run('UPDATE event_mentions SET deleted_at = NULL, updated_at = ? WHERE article_id = ?', [now, id]);
    const mentions = (await tx.all<MentionRow>(`SELECT ${MENTION_COLUMNS} WHERE m.article_id = ? ORDER BY m.idx`, [id])).map(toMention);
    const assigned = await recluster(tx, fold, { added: mentions, withdrawn: [], withdrawnEventIds: [] }, now);
    return { status: 'added', article_id: id, event_ids: mentions.map((m) => assigned.get(`${m.article_id}#${m.idx}`)!) };
  }

  async function deleteArticle(id: string): Promise<boolean> {
    return db.transaction(async (tx) => {
      const found = await tx.all<{ id: string }>('SELECT id FROM articles WHERE id = ? AND deleted_at IS NULL', [id]);
      if (!found.length) return false;
      const rows = await tx.all<MentionRow>(`SELECT ${MENTION_COLUMNS} WHERE m.article_id = ? AND m.deleted_at IS NULL`, [id]);
      const now = new Date().toISOString();
      await tx.run('UPDATE articles SET deleted_at = ?, updated_at = ? WHERE id = ?', [now, now, id]);
      await tx.run('UPDATE event_mentions SET deleted_at = ?, updated_at = ? WHERE article_id = ?', [now, now, id]);
      const withdrawnEventIds = [...new Set(rows.map((r) => r.event_id).filter((e): e is string => e !== null))];
      await recluster(tx, fold, { added: [], withdrawn: rows.map(toMention), withdrawnEventIds }, now);
      return true;
    });
  }

  async function listEvents(query: EventQuery): Promise<EventPage> {
    const { where, params } = eventWhere(query, query.q ? fold(query.q).toLowerCase() : null, db.engine === 'postgres+postgis');
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

async function saveActor(tx: SqlExecutor, a: ActorRef, now: string): Promise<void> {
  await tx.run('INSERT INTO actors (id, name, acled, inter, country, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING', [
    actorIdOf(a), a.name, a.acled, a.inter, a.country, now, now,
  ]);
}

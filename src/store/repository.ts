/**
 * The store's one interface, written once over SqlExecutor for both engines: add articles with their extracted
 * events or withdraw one (recluster.ts re-derives the events they touch), and read events, articles, actors and
 * control of places.
 */
import type { EventRecord } from '../extract/index.js';
import { encodeCursor, type EventQuery } from './event-query.js';
import { EVENT_ORDER, eventWhere } from './event-query-sql.js';
import { actorsOf, recluster } from './recluster.js';
import type { SqlExecutor } from './sql-executor.js';
import { actorIdOf, articleIdOf, contentHash } from './stable-ids.js';
import { MENTION_COLUMNS, mentionKey, toMention, type MentionRow } from './stored-mentions.js';
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

/** More than ingest reads ahead of the article it stores (src/ingest: READ_AHEAD + BATCH_SIZE). */
const ASKED_HASHES = 1024;

/** Territory changes hands only through these sub-event types. */
const TERRITORY_SUB_EVENTS = ['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory'];

/** What storing one article of a batch did: mentions to insert (fresh), mentions restored, or neither (duplicate). */
interface StoredArticleChange {
  article_id: string;
  fresh?: Mention[];
  restored?: Mention[];
}

interface EventRow {
  id: string;
  record: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export function createRepository(db: SqlExecutor, fold: (text: string) => string): Store {
  const toEvent = (row: EventRow): StoredEvent => ({ ...(JSON.parse(row.record) as EventContent), created_at: row.created_at, updated_at: row.updated_at, deleted_at: row.deleted_at });

  // Ingest asks whether a text is stored before extracting it, and stores it a few hundred articles later: the hash
  // of a text asked about is kept until then, so it is worked out once. Bounded, as some texts are never stored.
  const askedHashes = new Map<string, string>();
  const hashAsked = (text: string): string => {
    const hash = contentHash(text);
    askedHashes.set(text, hash);
    if (askedHashes.size > ASKED_HASHES) askedHashes.delete(askedHashes.keys().next().value!);
    return hash;
  };
  const hashToStore = (text: string): string => {
    const hash = askedHashes.get(text) ?? contentHash(text);
    askedHashes.delete(text);
    return hash;
  };

  async function findArticleId(text: string): Promise<string | null> {
    const rows = await db.all<{ id: string }>('SELECT id FROM articles WHERE content_hash = ?', [hashAsked(text)]);
    return rows[0]?.id ?? null;
  }

  /**
   * Articles in one transaction, re-clustered together once all are in: a commit per article, or re-clustering
   * after each article a neighbourhood the next one changes again, would cost more than storing them.
   */
  async function addArticles(batch: readonly ArticleWithEvents[]): Promise<AddResult[]> {
    return db.transaction(async (tx) => {
      const now = new Date().toISOString();
      const savedActors = new Set<string>();
      const stored: StoredArticleChange[] = [];
      for (const { article, events } of batch) stored.push(await storeArticle(tx, article, events, now, savedActors));
      const added = stored.flatMap((s) => s.restored ?? s.fresh ?? []);
      const assigned = await recluster(tx, fold, { added, withdrawn: [], withdrawnEventIds: [] }, now);
      for (const m of stored.flatMap((s) => s.fresh ?? [])) {
        await tx.run('INSERT INTO event_mentions (article_id, idx, event_id, sub_event_type, event_date, record, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
          m.article_id, m.idx, assigned.get(mentionKey(m))!, m.record.sub_event_type, m.record.event_date, JSON.stringify(m.record), now, now,
        ]);
      }
      const results: AddResult[] = [];
      for (const s of stored) {
        const mentions = s.restored ?? s.fresh;
        // A duplicate answers with the events its mentions are in now, after this batch's clustering.
        const eventIds = mentions
          ? mentions.map((m) => assigned.get(mentionKey(m))!)
          : (await tx.all<{ event_id: string }>('SELECT event_id FROM event_mentions WHERE article_id = ? ORDER BY idx', [s.article_id])).map((r) => r.event_id);
        results.push({ status: mentions ? 'added' : 'duplicate', article_id: s.article_id, event_ids: eventIds });
      }
      return results;
    });
  }

  /**
   * An article's row: inserted with its mentions to store once clustered (fresh); a withdrawn one's restored with
   * the mentions it had; a stored one (before or earlier in the batch) left as it is, a duplicate.
   */
  async function storeArticle(tx: SqlExecutor, article: NewArticle, events: readonly EventRecord[], now: string, savedActors: Set<string>): Promise<StoredArticleChange> {
    const hash = hashToStore(article.text);
    const id = articleIdOf(hash);
    const [existing] = await tx.all<{ deleted_at: string | null }>('SELECT deleted_at FROM articles WHERE content_hash = ?', [hash]);
    if (existing?.deleted_at) {
      await tx.run('UPDATE articles SET deleted_at = NULL, updated_at = ? WHERE id = ?', [now, id]);
      await tx.run('UPDATE event_mentions SET deleted_at = NULL, updated_at = ? WHERE article_id = ?', [now, id]);
      const restored = (await tx.all<MentionRow>(`SELECT ${MENTION_COLUMNS} WHERE m.article_id = ? ORDER BY m.idx`, [id])).map(toMention);
      return { article_id: id, restored };
    }
    if (existing) return { article_id: id };
    await tx.run(
      'INSERT INTO articles (id, content_hash, source_id, outlet, url, title, published, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [id, hash, article.source_id, article.outlet, article.url, article.title, article.published, article.text, now, now],
    );
    const fresh = events.map((record, idx): Mention => ({ article_id: id, idx, outlet: article.outlet, record: { ...record, article_id: id } }));
    for (const actor of fresh.flatMap((m) => actorsOf(m.record))) {
      const actorId = actorIdOf(actor);
      // An actor is written once per batch: ON CONFLICT would keep the first row anyway.
      if (savedActors.has(actorId)) continue;
      savedActors.add(actorId);
      await tx.run('INSERT INTO actors (id, name, acled, inter, country, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING', [
        actorId, actor.name, actor.acled, actor.inter, actor.country, now, now,
      ]);
    }
    return { article_id: id, fresh };
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

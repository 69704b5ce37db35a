-- The event store: articles as rasd read them (text kept, so evidence outlives a dead link), one mention per
-- (article, event telling), and events derived from mentions by clustering. Timestamps are ISO 8601 UTC text;
-- deleted_at marks a soft delete, so clients syncing with `since` learn what went away.
-- migrations/postgres/001-store.sql holds the same tables for PostgreSQL; change both together.
CREATE TABLE articles (
  id TEXT PRIMARY KEY,                -- 'a' + the content hash's first 16 hex digits: the same whatever order articles come in
  content_hash TEXT NOT NULL UNIQUE,  -- sha256 of the stored text: ingesting the same article twice changes nothing
  source_id TEXT,                     -- the id its file or feed gave it
  outlet TEXT,
  url TEXT,
  title TEXT,
  published TEXT NOT NULL,
  text TEXT NOT NULL,                 -- the text every evidence span points into
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX articles_updated ON articles (updated_at);

CREATE TABLE actors (
  id TEXT PRIMARY KEY,                -- registry id (ly.lna), or 'name:' + the English name of a generic actor
  name TEXT NOT NULL,
  acled TEXT NOT NULL,
  inter INTEGER,
  country TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);

-- Named `locations` because the gazetteer's `places` (migration 001) lists every known place; these are the ones
-- events happened at, each a stable id for /places/:id/control.
CREATE TABLE locations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_ar TEXT,
  admin1 TEXT,
  country TEXT,
  latitude REAL,
  longitude REAL,
  geo_precision INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,                -- 'e' + hash of its first mention in canonical order: never depends on ingest order
  event_type TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  event_date TEXT NOT NULL,
  country TEXT,
  admin1 TEXT,
  location TEXT,
  location_ar TEXT,
  location_id TEXT REFERENCES locations (id),
  latitude REAL,
  longitude REAL,
  actor1_id TEXT REFERENCES actors (id),
  actor2_id TEXT REFERENCES actors (id),
  inter1 INTEGER,
  inter2 INTEGER,
  fatalities INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  search_text TEXT NOT NULL,          -- folded Arabic of every telling, places and actors: what `q` searches
  record TEXT NOT NULL,               -- the merged event as JSON, served as is
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX events_country_date ON events (country, event_date);
CREATE INDEX events_date ON events (event_date, id);
CREATE INDEX events_updated ON events (updated_at);
CREATE INDEX events_location ON events (location_id, event_date);

CREATE TABLE event_mentions (
  article_id TEXT NOT NULL REFERENCES articles (id),
  idx INTEGER NOT NULL,               -- the event's position in the article's extraction
  event_id TEXT,                      -- the event this telling belongs to, set by clustering
  sub_event_type TEXT NOT NULL,
  event_date TEXT NOT NULL,
  record TEXT NOT NULL,               -- the article's EventRecord as extraction wrote it
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX event_mentions_neighbourhood ON event_mentions (sub_event_type, event_date);
CREATE INDEX event_mentions_event ON event_mentions (event_id);

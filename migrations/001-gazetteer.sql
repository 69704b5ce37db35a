-- The gazetteer: places from every imported source, their names keyed for matching, and admin divisions.
CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,               -- 'geonames' or 'wof': where the record was first imported from
  source_id TEXT NOT NULL,
  gn_id INTEGER,                      -- GeoNames id, own or from a WOF concordance: the key sources merge on
  wof_id INTEGER,
  name TEXT NOT NULL,
  latitude REAL NOT NULL,
  longitude REAL NOT NULL,
  feature_code TEXT NOT NULL DEFAULT '',  -- GeoNames feature code (PPL, PPLA, ADM1…) or WOF placetype
  kind TEXT NOT NULL,                 -- country, region, county, locality, neighbourhood, other
  country TEXT NOT NULL DEFAULT '',
  admin1_code TEXT NOT NULL DEFAULT '',   -- GeoNames admin1 code, or 'wof:<region id>'
  admin2_code TEXT NOT NULL DEFAULT '',
  population INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (source, source_id)
);
CREATE UNIQUE INDEX places_gn_id ON places (gn_id) WHERE gn_id IS NOT NULL;
CREATE UNIQUE INDEX places_wof_id ON places (wof_id) WHERE wof_id IS NOT NULL;
CREATE INDEX places_country_admin1 ON places (country, admin1_code);

CREATE TABLE place_names (
  place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  key TEXT NOT NULL,                  -- folded for matching: Arabic as rasd folds text, Latin lower-cased ASCII
  lang TEXT NOT NULL,                 -- 'ar' or 'en'
  source TEXT NOT NULL,               -- which import wrote it, so a re-import replaces its own names only
  PRIMARY KEY (place_id, key, lang, source)
) WITHOUT ROWID;
CREATE INDEX place_names_key ON place_names (key, lang);

CREATE TABLE admin_divisions (
  country TEXT NOT NULL,
  level INTEGER NOT NULL,             -- 1 or 2
  code TEXT NOT NULL,                 -- GeoNames code within the country (admin1) or admin1.admin2
  name TEXT NOT NULL,
  gn_id INTEGER,
  PRIMARY KEY (country, level, code)
);

CREATE TABLE countries (
  iso2 TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  capital TEXT NOT NULL DEFAULT '',
  population INTEGER NOT NULL DEFAULT 0,
  gn_id INTEGER
);

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

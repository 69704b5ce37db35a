-- Applied on every open of a database where an administrator has installed PostGIS (CREATE EXTENSION postgis),
-- so installing it later takes effect too: a point per event, kept by PostgreSQL itself from latitude and
-- longitude, and a GiST index that answers bbox filters. Without PostGIS, bbox compares the two columns.
ALTER TABLE events ADD COLUMN IF NOT EXISTS geom geometry(Point, 4326)
  GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)) STORED;
CREATE INDEX IF NOT EXISTS events_geom ON events USING GIST (geom);

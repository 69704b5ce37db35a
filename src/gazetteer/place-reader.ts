/** Reads places from the store by id, with the admin1 name resolved (GeoNames admin codes or the WOF region). */
import type { Db } from '../db/index.js';
import type { Place } from './place.js';

/** A row as SQLite returns it: the Place fields, with the feature code under its column name. */
type PlaceRow = Omit<Place, 'featureCode'> & { feature_code: string };

const SELECT = `
  SELECT p.id, p.name, p.latitude, p.longitude, p.country, coalesce(a.name, r.name) AS admin1, p.feature_code, p.kind,
         p.population, p.source
  FROM places p
  LEFT JOIN admin_divisions a ON a.country = p.country AND a.level = 1 AND a.code = p.admin1_code
  LEFT JOIN places r ON p.admin1_code LIKE 'wof:%' AND r.wof_id = CAST(substr(p.admin1_code, 5) AS INTEGER)`;

export interface PlaceReader {
  byId(id: number): Place | undefined;
  byGeonamesId(gnId: number): Place | undefined;
  capitals(): Place[];
}

export function createPlaceReader(db: Db): PlaceReader {
  const byId = db.prepare<[number], PlaceRow>(`${SELECT} WHERE p.id = ?`);
  const byGn = db.prepare<[number], PlaceRow>(`${SELECT} WHERE p.gn_id = ?`);
  const capitals = db.prepare<[], PlaceRow>(`${SELECT} WHERE p.feature_code = 'PPLC'`);
  const toPlace = (r: PlaceRow | undefined): Place | undefined => {
    if (!r) return undefined;
    const { feature_code: featureCode, ...rest } = r;
    return { ...rest, featureCode };
  };
  return {
    byId: (id) => toPlace(byId.get(id)),
    byGeonamesId: (gnId) => toPlace(byGn.get(gnId)),
    capitals: () => capitals.all().map((r) => toPlace(r)!),
  };
}

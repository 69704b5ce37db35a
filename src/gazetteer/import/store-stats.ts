/** The gazetteer store → what it holds, for `rasd gazetteer stats`: places by source and kind, Arabic names, countries. */
import type { Db } from '../../db/index.js';
import { formatTable } from './text-table.js';

/** The default gazetteer has a few places in most countries of the world; list only the countries with most. */
const TOP_COUNTRIES = 25;
const sum = (rows: ReadonlyArray<{ n: number }>) => rows.reduce((a, r) => a + r.n, 0);

export function formatGazetteerStats(db: Db): string {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const bySourceKind = db.prepare<[], { source: string; kind: string; n: number }>('SELECT source, kind, count(*) AS n FROM places GROUP BY source, kind ORDER BY source, n DESC').all();
  const byCountry = db
    .prepare<[], { country: string; n: number; arabic: number }>(
      `SELECT p.country, count(*) AS n, count(a.place_id) AS arabic FROM places p
       LEFT JOIN (SELECT DISTINCT place_id FROM place_names WHERE lang = 'ar') a ON a.place_id = p.id
       GROUP BY p.country ORDER BY n DESC`,
    )
    .all();
  return [
    formatTable(['source', 'kind', 'places'], bySourceKind.map((r) => [r.source, r.kind, r.n])),
    '',
    formatTable(['country', 'places', 'with Arabic names'], byCountry.slice(0, TOP_COUNTRIES).map((r) => [r.country || '(none)', r.n, r.arabic])),
    ...(byCountry.length > TOP_COUNTRIES ? [`…and ${byCountry.length - TOP_COUNTRIES} more countries with ${sum(byCountry.slice(TOP_COUNTRIES)).toLocaleString('en-US')} places`] : []),
    '',
    formatTable(
      ['', 'count'],
      [
        ['places', count('SELECT count(*) AS n FROM places')],
        ['Arabic names', count("SELECT count(*) AS n FROM place_names WHERE lang = 'ar'")],
        ['distinct Arabic keys', count("SELECT count(DISTINCT key) AS n FROM place_names WHERE lang = 'ar'")],
        ['English names', count("SELECT count(*) AS n FROM place_names WHERE lang = 'en'")],
        ['admin1 divisions', count('SELECT count(*) AS n FROM admin_divisions WHERE level = 1')],
        ['admin2 divisions', count('SELECT count(*) AS n FROM admin_divisions WHERE level = 2')],
        ['countries (countryInfo)', count('SELECT count(*) AS n FROM countries')],
      ],
    ),
  ].join('\n') + '\n';
}

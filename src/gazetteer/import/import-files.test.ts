import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR } from '../../data-dir.js';
import { openDatabase, type Db } from '../../db/index.js';
import { loadLexicon } from '../../lexicon/index.js';
import { loadGazetteer } from '../index.js';
import { importGazetteerFiles, type FileSummary } from './import-files.js';
import { writeZip } from './write-test-zip.js';

const FIXTURES = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', '..', 'test', 'fixtures', 'gazetteer');
const fixture = (name: string) => path.join(FIXTURES, name);
const lexicon = loadLexicon(DEFAULT_DATA_DIR);
const tmp = mkdtempSync(path.join(tmpdir(), 'rasd-gazetteer-import-'));

const importInto = (db: Db, paths: string[], countries?: string[]) => importGazetteerFiles(db, paths, { fold: lexicon.fold, countries });
const count = (db: Db, sql: string) => (db.prepare(sql).get() as { n: number }).n;
const placeId = (db: Db, column: 'gn_id' | 'wof_id', id: number) => (db.prepare(`SELECT id FROM places WHERE ${column} = ?`).get(id) as { id: number }).id;
const arabicNamesOf = (db: Db, id: number) =>
  (db.prepare("SELECT source, name FROM place_names WHERE place_id = ? AND lang = 'ar' ORDER BY source, name").all(id) as Array<{ source: string; name: string }>).map((r) => `${r.source}:${r.name}`);
const summaryOf = (summaries: FileSummary[], name: string) => summaries.find((s) => path.basename(s.file) === name)!;

test('imports every format found in a folder, alternate names after the places they name', async () => {
  const db = openDatabase(':memory:');
  const summaries = await importInto(db, [FIXTURES]);
  const kinds = Object.fromEntries(summaries.map((s) => [path.relative(FIXTURES, s.file), s.kind ?? s.status]));
  assert.deepEqual(kinds, {
    'LY.txt': 'geonames',
    'README.md': 'ignored',
    'admin1CodesASCII.txt': 'admin1',
    'admin2Codes.txt': 'admin2',
    'alternateNamesV2.txt': 'alternate-names',
    'countryInfo.txt': 'country-info',
    'whosonfirst-data-admin-ly.geojsonl': 'wof',
    [path.join('**', '*.geojson')]: 'wof',
  });
  assert.equal(summaries.at(-1)!.kind, 'alternate-names');
  assert.equal(summaryOf(summaries, 'LY.txt').added, 5);
  const wof = summaryOf(summaries, 'whosonfirst-data-admin-ly.geojsonl');
  assert.deepEqual([wof.rowsRead, wof.added, wof.updated, wof.skipped], [5, 2, 1, { 'not current': 1, deprecated: 1 }]);
  const alt = summaryOf(summaries, 'alternateNamesV2.txt');
  assert.deepEqual([alt.rowsRead, alt.updated, alt.namesAdded], [8, 2, 2]);
  assert.deepEqual(alt.skipped, { 'language is not ar': 2, 'historic name': 1, 'not in Arabic letters': 1, 'place not stored': 1, 'colloquial name': 1 });
  assert.equal(count(db, 'SELECT count(*) AS n FROM places'), 8);
  assert.equal(count(db, 'SELECT count(*) AS n FROM admin_divisions'), 6);
  assert.equal(count(db, 'SELECT count(*) AS n FROM countries'), 2);
});

test('a WOF record with the gn:id of a GeoNames row is the same place, with the Arabic names of both', async () => {
  const db = openDatabase(':memory:');
  await importInto(db, [fixture('LY.txt'), fixture('whosonfirst-data-admin-ly.geojsonl')]);
  const sirte = placeId(db, 'gn_id', 2210554);
  assert.equal(placeId(db, 'wof_id', 421199027), sirte);
  assert.deepEqual(arabicNamesOf(db, sirte), ['geonames:سرت', 'wof:سرت', 'wof:شعبية سرت']);
  assert.equal(count(db, `SELECT population AS n FROM places WHERE id = ${sirte}`), 130000);
});

test('admin1 names reach the gazetteer: admin1CodesASCII for GeoNames places, the WOF region for WOF places', async () => {
  const db = openDatabase(':memory:');
  await importInto(db, [FIXTURES]);
  // A header-only default file: these places must come from the import, not from the embedded default.
  const noDefault = path.join(tmp, 'no-default.tsv');
  writeFileSync(noDefault, 'geonames_id\tname\tlatitude\tlongitude\tcountry\n');
  const gazetteer = loadGazetteer(lexicon, db, noDefault);
  assert.equal(gazetteer.place(placeId(db, 'gn_id', 2210554)).admin1, 'Surt');
  assert.equal(gazetteer.place(placeId(db, 'wof_id', 1309924351)).admin1, 'Misratah');
  assert.equal(gazetteer.place(placeId(db, 'wof_id', 1309924351)).latitude, 31.45);
});

test('importing the same files again changes nothing', async () => {
  const db = openDatabase(':memory:');
  const snapshot = () => ({
    places: db.prepare('SELECT id, source, source_id, gn_id, wof_id, name, latitude, longitude, kind, country, admin1_code, population FROM places ORDER BY id').all(),
    names: db.prepare('SELECT * FROM place_names ORDER BY place_id, key, lang, source').all(),
    admin: db.prepare('SELECT * FROM admin_divisions ORDER BY country, level, code').all(),
  });
  await importInto(db, [FIXTURES]);
  const before = snapshot();
  const again = await importInto(db, [FIXTURES]);
  assert.deepEqual(snapshot(), before);
  for (const s of again) assert.deepEqual([s.file, s.added, s.namesAdded], [s.file, 0, 0]);
});

test('a zipped dump imports like the plain file, and alternatenames/XX.zip is told by its content', async () => {
  const dir = mkdtempSync(path.join(tmp, 'zips-'));
  mkdirSync(path.join(dir, 'alternatenames'));
  writeZip(path.join(dir, 'LY.zip'), [
    { name: 'readme.txt', data: Buffer.from('Readme for GeoNames Gazetteer extract files\n') },
    { name: 'LY.txt', data: readFileSync(fixture('LY.txt')) },
  ]);
  writeZip(path.join(dir, 'alternatenames', 'LY.zip'), [{ name: 'LY.txt', data: readFileSync(fixture('alternateNamesV2.txt')) }]);
  const zipped = openDatabase(':memory:');
  const summaries = await importInto(zipped, [path.join(dir, 'alternatenames', 'LY.zip'), path.join(dir, 'LY.zip')]);
  assert.deepEqual(summaries.map((s) => [path.relative(dir, s.file), s.kind, s.rowsRead]), [
    ['LY.zip', 'geonames', 5],
    [path.join('alternatenames', 'LY.zip'), 'alternate-names', 8],
  ]);
  const plain = openDatabase(':memory:');
  await importInto(plain, [fixture('LY.txt'), fixture('alternateNamesV2.txt')]);
  const names = (db: Db) => db.prepare('SELECT place_id, name, lang, source FROM place_names ORDER BY 1, 2, 3, 4').all();
  assert.deepEqual(names(zipped), names(plain));
});

test('--countries keeps only the listed countries, in every format', async () => {
  const db = openDatabase(':memory:');
  const summaries = await importInto(db, [FIXTURES], ['sy']);
  assert.equal(count(db, 'SELECT count(*) AS n FROM places'), 0);
  assert.deepEqual(summaryOf(summaries, 'LY.txt').skipped, { 'country not in --countries': 5 });
  assert.equal(count(db, "SELECT count(*) AS n FROM admin_divisions WHERE country = 'SY'"), 3);
  assert.equal(count(db, 'SELECT count(*) AS n FROM admin_divisions'), 3);
  assert.deepEqual(db.prepare('SELECT iso2 FROM countries').pluck().all(), ['SY']);
  const libya = openDatabase(':memory:');
  await importInto(libya, [FIXTURES], ['LY']);
  assert.equal(count(libya, 'SELECT count(*) AS n FROM places'), 8);
  assert.equal(count(libya, "SELECT count(*) AS n FROM admin_divisions WHERE country <> 'LY'"), 0);
});

test('names in Persian letters are never stored as Arabic names', async () => {
  const db = openDatabase(':memory:');
  await importInto(db, [FIXTURES]);
  assert.equal(count(db, "SELECT count(*) AS n FROM place_names WHERE lang = 'ar' AND (name LIKE '%ی%' OR name LIKE '%ک%' OR name LIKE '%پ%')"), 0);
  assert.deepEqual(arabicNamesOf(db, placeId(db, 'gn_id', 2218840)), ['geonames:بني وليد']);
  assert.deepEqual(arabicNamesOf(db, placeId(db, 'wof_id', 1309924351)), ['wof:أبو قرين', 'wof:قرية أبو قرين']);
});

test('a file of unknown format or a missing path fails with its name, and the other files still import', async () => {
  const notes = path.join(tmp, 'notes.txt');
  writeFileSync(notes, 'places to check\tlater\n');
  const missing = path.join(tmp, 'LY-missing.txt');
  const db = openDatabase(':memory:');
  const summaries = await importInto(db, [notes, missing, fixture('LY.txt')]);
  assert.deepEqual(summaries.map((s) => [s.file, s.status]), [[notes, 'failed'], [missing, 'failed'], [fixture('LY.txt'), 'imported']]);
  assert.match(summaries[0]!.problem!, /^expected a GeoNames dump .*; found a first line starting "places to check/);
  assert.match(summaries[1]!.problem!, /found nothing at this path/);
  assert.equal(count(db, 'SELECT count(*) AS n FROM places'), 5);
});

test('a renamed dump is told by its first line', async () => {
  const renamed = path.join(tmp, 'libya-export.dat');
  copyFileSync(fixture('LY.txt'), renamed);
  const [summary] = await importInto(openDatabase(':memory:'), [renamed]);
  assert.deepEqual([summary!.kind, summary!.added], ['geonames', 5]);
});

/**
 * issue-3 geoparsing on a gazetteer made only of hand-written fixtures (test/fixtures/gazetteer plus the rows
 * below), imported through the real importers into a throwaway SQLite store: no embedded default in play.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR } from '../src/data-dir.js';
import { openDatabase } from '../src/db/index.js';
import { createGeocoder, distanceUnitsOf } from '../src/extract/index.js';
import { distanceKm, importGazetteerFiles, loadGazetteer } from '../src/gazetteer/index.js';
import { loadLexicon } from '../src/lexicon/index.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'gazetteer');

// Two places called الحمراء in two countries, Hama, and a village named like the word "money", written by hand.
const NAMESAKES = [
  ['9000001', 'Al Hamra', 'Al Hamra', 'الحمراء,Al Hamra', '35.30', '36.90', 'P', 'PPL', 'SY', '', '10', '', '', '', '900'],
  ['9000002', 'Al Hamra', 'Al Hamra', 'الحمراء,Al Hamra', '32.40', '36.20', 'P', 'PPL', 'JO', '', '20', '', '', '', '1200'],
  ['9000003', 'Hama', 'Hama', 'حماة,Hama', '35.13', '36.75', 'P', 'PPLA', 'SY', '', '10', '', '', '', '460000'],
  ['9000004', 'Al Mal', 'Al Mal', 'المال', '33.14', '36.01', 'P', 'PPL', 'SY', '', '08', '', '', '', '0'],
].map((r) => [...r, '', '100', 'Asia/Damascus', '2024-01-01'].join('\t'));

const lexicon = loadLexicon(DEFAULT_DATA_DIR);
const db = openDatabase(':memory:');
const extra = mkdtempSync(path.join(tmpdir(), 'rasd-geo-'));
writeFileSync(path.join(extra, 'SY.txt'), NAMESAKES.join('\n') + '\n');
await importGazetteerFiles(db, [fixtures, path.join(extra, 'SY.txt')], { fold: lexicon.fold });
const geocode = createGeocoder(lexicon, loadGazetteer(lexicon, db, null), distanceUnitsOf(lexicon));

const placesIn = (text: string) => geocode(text, '2024-03-16').mentions.filter((m) => !m.isAnchor);
const only = (text: string) => {
  const found = placesIn(text);
  assert.equal(found.length, 1, `expected one place, found ${found.map((m) => m.text).join(', ')}`);
  return found[0]!.resolved!;
};

test('a clitic-prefixed name is found: وبسرت', () => {
  const r = only('وقصفت الطائرات مواقع وبسرت.');
  assert.ok(distanceKm(r.latitude, r.longitude, 31.21, 16.59) < 5);
});

test('a multi-word name is one place: بني وليد', () => {
  const r = only('دخلت القوات بني وليد.');
  assert.equal(r.location, 'Bani Walid');
  assert.equal(r.precision, 1);
});

test('a name shared by two countries is resolved by context', () => {
  assert.equal(only('قصفت الطائرات بلدة الحمراء السورية.').country, 'SY');
  const inJordan = placesIn('قصفت الطائرات بلدة الحمراء في الأردن.').find((m) => m.text === 'الحمراء')!.resolved!;
  assert.equal(inJordan.country, 'JO');
  const inHama = placesIn('قصفت الطائرات بلدة الحمراء بريف حماة.').find((m) => m.text === 'الحمراء')!.resolved!;
  assert.equal(inHama.country, 'SY');
});

test('a relative place is its anchor at precision 2', () => {
  const r = only('نفذ الطيران غارات جنوب مدينة سرت.');
  assert.equal(r.precision, 2);
  assert.ok(distanceKm(r.latitude, r.longitude, 31.21, 16.59) < 5);
});

test('a province named alone is its centre at precision 3', () => {
  const r = only('اندلعت اشتباكات في شعبية مصراتة.');
  assert.equal(r.precision, 3);
  assert.ok(distanceKm(r.latitude, r.longitude, 31.5, 14.4) < 5);
});

test('an unknown place next to a known one: both resolve, the unknown one near its anchor', () => {
  const found = geocode('تقدمت القوات في منطقة الزريقات القريبة من مدينة سرت وفي بلدة بني وليد.', '2024-03-16').mentions;
  const unknown = found.find((m) => m.text === 'الزريقات')!.resolved!;
  assert.equal(unknown.precision, 2);
  assert.ok(distanceKm(unknown.latitude, unknown.longitude, 31.21, 16.59) < 5);
  assert.ok(found.some((m) => m.resolved?.location === 'Bani Walid'));
});

test('a village named like an ordinary word is a place only where the text says so: المال', () => {
  assert.deepEqual(placesIn('وقال مسؤول إن المال لم يصل إلى المستشفى.').map((m) => m.text), []);
  assert.equal(only('قصفت المدفعية قرية المال.').location, 'Al Mal');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ImportedPlace } from '../place-writer.js';
import { placeOfFeature } from './wof-feature.js';

const BASE = { 'wof:id': 421199027, 'wof:name': 'Sirte', 'wof:placetype': 'locality', 'wof:country': 'LY', 'geom:latitude': 31.2, 'geom:longitude': 16.6 };
const feature = (properties: Record<string, unknown>) => JSON.stringify({ type: 'Feature', properties: { ...BASE, ...properties } });
const place = (properties: Record<string, unknown>): ImportedPlace => {
  const result = placeOfFeature(feature(properties));
  assert.equal(typeof result, 'object', `expected a place, found the skip reason "${String(result)}"`);
  return result as ImportedPlace;
};

test('maps WOF placetypes to the kinds rasd reasons with', () => {
  const kinds = ['country', 'region', 'county', 'localadmin', 'locality', 'borough', 'macrohood', 'neighbourhood', 'microhood', 'campus'];
  assert.deepEqual(
    kinds.map((t) => place({ 'wof:placetype': t }).kind),
    ['country', 'region', 'county', 'county', 'locality', 'neighbourhood', 'neighbourhood', 'neighbourhood', 'neighbourhood', 'other'],
  );
});

test('reads the GeoNames concordance, the region as admin1 and the larger of the two populations', () => {
  const p = place({ 'wof:concordances': { 'gn:id': 2210554 }, 'wof:hierarchy': [{ region_id: 85673659 }], 'wof:population': 130000, 'gn:population': 128000 });
  assert.equal(p.gnId, 2210554);
  assert.equal(p.wofId, 421199027);
  assert.equal(p.admin1Code, 'wof:85673659');
  assert.equal(p.population, 130000);
  const q = place({ 'wof:hierarchy': [{ region_id: -1 }], 'gn:population': 500 });
  assert.equal(q.gnId, null);
  assert.equal(q.admin1Code, '');
  assert.equal(q.population, 500);
});

test('falls back to the label point when there is no geom:* centroid', () => {
  const p = place({ 'geom:latitude': undefined, 'geom:longitude': undefined, 'lbl:latitude': 31.45, 'lbl:longitude': 15.25 });
  assert.deepEqual([p.latitude, p.longitude], [31.45, 15.25]);
  assert.equal(placeOfFeature(feature({ 'geom:latitude': undefined })), 'no coordinates');
});

test('takes Arabic names from name:ara_* in Arabic letters only, English ones from name:eng_*', () => {
  const p = place({
    'name:ara_x_preferred': ['شعبية سرت'],
    'name:ara_x_variant': ['سرت', 'Surt', 'سرتی'],
    'name:fas_x_preferred': ['سرت غربی'],
    'name:ary_x_preferred': ['سرت الكبرى'],
    'name:eng_x_preferred': ['Sirte'],
    'name:eng_x_variant': ['Sirt'],
  });
  assert.deepEqual(p.names, [
    { name: 'شعبية سرت', lang: 'ar' },
    { name: 'سرت', lang: 'ar' },
    { name: 'Sirte', lang: 'en' },
    { name: 'Sirt', lang: 'en' },
  ]);
});

test('skips records that are not current, deprecated, superseded or another geometry of a record', () => {
  assert.equal(placeOfFeature(feature({ 'mz:is_current': 0 })), 'not current');
  assert.equal(place({ 'mz:is_current': -1 }).name, 'Sirte');
  assert.equal(placeOfFeature(feature({ 'edtf:deprecated': '2020-05-01' })), 'deprecated');
  assert.equal(placeOfFeature(feature({ 'wof:superseded_by': [1108800002] })), 'deprecated');
  assert.equal(place({ 'edtf:deprecated': '', 'wof:superseded_by': [] }).name, 'Sirte');
  assert.equal(placeOfFeature(feature({ 'src:alt_label': 'quattroshapes' })), 'alternate geometry');
  assert.equal(placeOfFeature(feature({ 'wof:name': '' })), 'no wof:name');
  assert.equal(placeOfFeature('{"type":"Feature",'), 'not valid JSON');
});

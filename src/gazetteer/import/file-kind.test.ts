import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kindOfLine, kindOfName } from './file-kind.js';

const row = (...cells: Array<string | number>) => cells.join('\t');

test('tells each GeoNames table and WOF from its first data line', () => {
  const geoname = row(2210554, 'Sirte', 'Sirte', 'Sirt,سرت', 31.21, 16.59, 'P', 'PPLA', 'LY', '', '76', '', '', '', 128000, '', 10, 'Africa/Tripoli', '2024-01-01');
  assert.equal(kindOfLine(geoname), 'geonames');
  assert.equal(kindOfLine(row(9000001, 2210247, 'ar', 'طرابلس الغرب', 0, 0, 0, 0, '', '')), 'alternate-names');
  assert.equal(kindOfLine(row(9000001, 2210247, 'ar', 'طرابلس الغرب', 0, 0, 0, 0)), 'alternate-names');
  assert.equal(kindOfLine(row('LY.76', 'Surt', 'Surt', 2210553)), 'admin1');
  assert.equal(kindOfLine(row('SY.02.100001', 'Idlib District', 'Idlib District', 100001)), 'admin2');
  assert.equal(kindOfLine(row('LY', 'LBY', 434, 'LY', 'Libya', 'Tripoli', 1760000, 6800000, 'AF', '.ly', 'LYD', 'Dinar', 218, '', '', 'ar-LY', 2215636, 'TN', '')), 'country-info');
  assert.equal(kindOfLine('{"type":"Feature","properties":{"wof:id":1}}'), 'wof');
});

test('a line of no known shape has no kind', () => {
  assert.equal(kindOfLine('Readme for GeoNames Gazetteer extract files'), null);
  assert.equal(kindOfLine(row('A.ADM1', 'first-order administrative division', 'a primary division')), null);
});

test('tells the format from a dump file name, and from the folder for alternatenames/XX.zip', () => {
  assert.equal(kindOfName('/d/allCountries.zip'), 'geonames');
  assert.equal(kindOfName('/d/cities500.txt'), 'geonames');
  assert.equal(kindOfName('/d/LY.zip', 'LY.txt'), 'geonames');
  assert.equal(kindOfName('/d/alternatenames/LY.zip', 'LY.txt'), 'alternate-names');
  assert.equal(kindOfName('/d/alternateNamesV2.zip', 'alternateNamesV2.txt'), 'alternate-names');
  assert.equal(kindOfName('/d/admin1CodesASCII.txt'), 'admin1');
  assert.equal(kindOfName('/d/admin2Codes.txt'), 'admin2');
  assert.equal(kindOfName('/d/countryInfo.txt'), 'country-info');
  assert.equal(kindOfName('/d/whosonfirst-data-admin-ly.geojsonl'), 'wof');
  assert.equal(kindOfName('/d/85632627.geojson'), 'wof');
  assert.equal(kindOfName('/d/notes.txt'), null);
});

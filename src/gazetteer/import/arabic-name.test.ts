import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arabicNames, isArabicName } from './arabic-name.js';

test('accepts Arabic names with hamza, harakat, wasla and spaces', () => {
  for (const name of ['سرت', 'طرابلس الغرب', 'إدلب', 'اَلْجَمَاهِيرِيَّة', 'ٱلقصير', "أبو قرين"]) assert.ok(isArabicName(name), name);
});

test('rejects Persian and Urdu letters, which fold into unrelated Arabic words', () => {
  for (const name of ['بنی ولید', 'کابل', 'پل خمری', 'چاریکار', 'گردیز']) assert.equal(isArabicName(name), false, name);
});

test('rejects Latin, Cyrillic, digits and names of punctuation only', () => {
  for (const name of ['Surt', 'Сирт', 'سرت 2', "'-", '']) assert.equal(isArabicName(name), false, name);
});

test('arabicNames keeps each Arabic name once, trimmed', () => {
  assert.deepEqual(arabicNames(['Sirt', ' سرت', 'سرت', 'سرتی']), [{ name: 'سرت', lang: 'ar' }]);
});

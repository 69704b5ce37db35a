import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFeedItems } from './feed-items.js';

const fixture = (name: string) => readFileSync(path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'ingest', name), 'utf8');

test('RSS items give title, link, day, outlet and the text of their HTML description', () => {
  const [first, second] = readFeedItems(fixture('feed.rss'));
  assert.deepEqual({ ...first, text: first!.text.slice(0, 22) }, {
    outlet: 'إذاعة الساحل', title: 'انفجار في بنغازي', url: 'https://sahel.example/news/1', published: '2024-05-02', rawDate: 'Thu, 02 May 2024 08:00:00 GMT', text: 'انفجرت سيارة مفخخة وسط',
  });
  assert.equal(second!.published, null);
  assert.equal(second!.rawDate, 'the day before yesterday');
});

test('Atom entries give their alternate link and escaped HTML content as text', () => {
  const [entry] = readFeedItems(fixture('feed.atom'));
  assert.equal(entry!.url, 'https://north.example/2024/06/10/sukhnah');
  assert.equal(entry!.published, '2024-06-10');
  assert.ok(entry!.text.startsWith('سيطر مسلحو تنظيم داعش'));
});

test('malformed XML and XML that is no feed are refused with what was found', () => {
  assert.throws(() => readFeedItems(fixture('broken.xml')), /expected well-formed RSS or Atom XML, found an error at line 2/);
  assert.throws(() => readFeedItems('<?xml version="1.0"?><html><body/></html>'), /expected an <rss> or Atom <feed> document, found <html>/);
});

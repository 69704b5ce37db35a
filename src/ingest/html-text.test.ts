import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHtmlArticle } from './html-text.js';

const fixture = (name: string) => readFileSync(path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'ingest', name), 'utf8');

test('a page gives its main text, a paragraph a line, without navigation, scripts or styles', () => {
  const page = readHtmlArticle(fixture('page.html'));
  assert.equal(page.published, '2024-03-16T09:30:00+03:00');
  assert.match(page.title!, /غارات على إدلب/);
  const lines = page.text.split('\n');
  assert.ok(lines.some((l) => l.startsWith('قصفت الطائرات الحربية')));
  for (const absent of ['الرئيسية', 'tracker', 'color: red', 'injected', 'جميع الحقوق']) assert.ok(!page.text.includes(absent), absent);
  // Escaped markup in the page is text, kept as the reader saw it.
  assert.ok(page.text.includes('<b>كفى</b>'));
});

test('malformed HTML still gives its text', () => {
  const page = readHtmlArticle('<html><body><p>قصفت الطائرات الحربية مواقع في مدينة إدلب<div><span>الخميس</p></body');
  assert.equal(page.text, 'قصفت الطائرات الحربية مواقع في مدينة إدلب\nالخميس');
  assert.equal(page.published, null);
});

/** The `rasd` command end to end, as a user runs it: real files in, exit codes and output checked. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'src', 'cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'rasd-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
// Every run shares one database in the test's own folder, never the user's.
const env = { ...process.env, RASD_DB: path.join(dir, 'rasd.db') };
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, cwd: root, env });

const ARTICLE = 'قصفت الطائرات الحربية مواقع للمسلحين في مدينة إدلب الخميس، ما أسفر عن مقتل خمسة منهم، بحسب مصادر محلية.';

test('extract prints events with spans that point into the input', () => {
  const r = run(['extract', file('a.txt', ARTICLE), '--published', '2024-03-16']);
  assert.equal(r.status, 0, r.stderr);
  const events = JSON.parse(r.stdout) as Array<{ sub_event_type: string; event_date: string; fatalities: number; spans: { trigger: { start: number; end: number } } }>;
  assert.equal(events.length, 1);
  assert.equal(events[0]!.sub_event_type, 'Air/drone strike');
  assert.equal(events[0]!.event_date, '2024-03-14');
  assert.equal(events[0]!.fatalities, 5);
  const t = events[0]!.spans.trigger;
  assert.equal(ARTICLE.slice(t.start, t.end), 'قصفت');
});

test('extract reads standard input with -', () => {
  const r = run(['extract', '-', '--published', '2024-03-16', '--format', 'jsonl'], ARTICLE);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 1);
});

test('csv output has a BOM and ACLED column names', () => {
  const r = run(['extract', file('b.txt', ARTICLE), '--published', '2024-03-16', '--format', 'csv']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith('\uFEFF'));
  const header = r.stdout.slice(1).split('\r\n')[0]!.split(',');
  for (const column of ['event_date', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities']) {
    assert.ok(header.includes(column), `missing column ${column}`);
  }
});

test('geojson output is a FeatureCollection of points', () => {
  const r = run(['extract', file('c.txt', ARTICLE), '--published', '2024-03-16', '--format', 'geojson']);
  const fc = JSON.parse(r.stdout) as { type: string; features: Array<{ geometry: { type: string; coordinates: number[] } }> };
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features[0]!.geometry.type, 'Point');
  assert.ok(Math.abs(fc.features[0]!.geometry.coordinates[0]! - 36.63) < 0.2);
});

for (const [name, args, pattern] of [
  ['an empty file', [file('empty.txt', '   \n'), '--published', '2024-03-16'], /empty/],
  ['a binary file', [file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff])), '--published', '2024-03-16'], /binary/],
  ['non-Arabic text', [file('en.txt', 'Heavy fighting was reported near the city on Thursday, officials said.'), '--published', '2024-03-16'], /Arabic/],
  ['an invalid --published', [file('d.txt', ARTICLE), '--published', '2024-02-30'], /YYYY-MM-DD/],
  ['a missing --published', [file('e.txt', ARTICLE)], /--published/],
  ['a missing file', [path.join(dir, 'nope.txt'), '--published', '2024-03-16'], /ENOENT/],
  ['a huge file', [file('huge.txt', 'قصفت الطائرات المدينة. '.repeat(100_000)), '--published', '2024-03-16'], /at most 2000000 characters/],
] as const) {
  test(`${name} gives a one-line error and a non-zero exit`, () => {
    const r = run(['extract', ...args]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, pattern);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.equal(r.stdout, '');
  });
}

test('a batch with bad lines reports each by number and still codes the rest', () => {
  const lines = [
    JSON.stringify({ id: 'a1', published: '2024-03-16', title: 't', text: ARTICLE }),
    '{not json',
    JSON.stringify({ id: 'a2', published: '16/03/2024', text: ARTICLE }),
    JSON.stringify({ id: 'a3', published: '2024-03-16', text: 'English only, no Arabic here at all, nothing to code.' }),
    JSON.stringify({ id: 'a4', published: '2024-03-15', text: ARTICLE }),
  ];
  const r = run(['extract', '--input', file('batch.jsonl', lines.join('\n') + '\n')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /batch\.jsonl:2: expected a JSON object/);
  assert.match(r.stderr, /batch\.jsonl:3: field "published"/);
  assert.match(r.stderr, /batch\.jsonl:4: not_arabic/);
  const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { article_id: string; event_date: string });
  assert.deepEqual(events.map((e) => e.article_id), ['a1', 'a4']);
  assert.deepEqual(events.map((e) => e.event_date), ['2024-03-14', '2024-03-14']);
});

test('gazetteer import of hand-written fixtures is idempotent, and a file of no known format fails alone', () => {
  const db = ['--db', path.join(dir, 'gaz.db')];
  const first = run([...db, 'gazetteer', 'import', path.join(root, 'test', 'fixtures', 'gazetteer')]);
  assert.equal(first.status, 0, first.stderr);
  const statsAfterFirst = run([...db, 'gazetteer', 'stats']).stdout;
  const again = run([...db, 'gazetteer', 'import', path.join(root, 'test', 'fixtures', 'gazetteer')]);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(run([...db, 'gazetteer', 'stats']).stdout, statsAfterFirst);
  const bad = run([...db, 'gazetteer', 'import', file('notes.txt', 'just some notes\n')]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /notes\.txt/);
});

test('geocode shows the chosen place, its precision and why', () => {
  const r = run(['geocode', 'نفذ الطيران غارات جنوبي مدينة سرت.']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Sirte/);
  assert.match(r.stdout, /precision 2/);
  assert.match(r.stdout, /because:/);
});

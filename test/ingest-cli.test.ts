/** `rasd ingest` and `rasd export` as a user runs them: a folder of mixed inputs, twice, then every format out. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'src', 'cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'rasd-ingest-'));
const inputs = path.join(dir, 'inputs');
cpSync(path.join(root, 'test', 'fixtures', 'ingest'), inputs, { recursive: true });
writeFileSync(path.join(inputs, 'folder', 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe, 0x00]));
symlinkSync(path.join(dir, 'moved-away.txt'), path.join(inputs, 'folder', 'link.txt'));
// The embedded store, never PostgreSQL, whatever the environment says: this test is about the command.
const env = { ...process.env, RASD_DB: path.join(dir, 'rasd.db'), RASD_DATABASE_URL: '' };
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, env });

test('ingest lists every input that is not an article with its reason, stores the rest, and a second run adds nothing', () => {
  const first = run(['ingest', inputs, '--published', '2024-07-01']);
  assert.equal(first.status, 1, first.stderr);
  const lines = first.stdout.split('\n');
  // folder/tripoli.txt and the RSS feed's second item are one text (but for a final newline): stored once.
  assert.match(lines[0]!, /^added 5 articles \(\d+ event mentions\), skipped 2, failed 5$/);
  assert.match(first.stdout, /skipped 1: already stored \(same text\)/);
  assert.match(first.stdout, /skipped .*README\.md: expected \.txt, \.html, \.jsonl \(or any of them \.gz\) or an RSS\/Atom \.xml, found "\.md"/);
  assert.match(first.stdout, /failed .*broken\.xml: expected well-formed RSS or Atom XML/);
  assert.match(first.stdout, /failed .*empty\.txt: empty_text/);
  assert.match(first.stdout, /failed .*english\.txt: not_arabic/);
  assert.match(first.stdout, /failed .*scan\.txt: binary/);
  assert.match(first.stdout, /failed .*link\.txt: cannot read .*link\.txt: ENOENT/);
  const exported = run(['export', '--format', 'jsonl']).stdout;
  const again = run(['ingest', inputs, '--published', '2024-07-01']);
  assert.match(again.stdout, /^added 0 articles \(0 event mentions\), skipped 7, failed 5\n {2}skipped 6: already stored \(same text\)/);
  assert.equal(run(['export', '--format', 'jsonl']).stdout, exported);
});

test('a feed item with an unreadable date fails alone when no --published is given', () => {
  const r = run(['ingest', path.join(inputs, 'feed.rss')]);
  assert.match(r.stdout, /failed .*feed\.rss#2: expected a publication date, found "the day before yesterday", which is not a date: give --published YYYY-MM-DD/);
});

test('export takes the API filters as options and writes CSV with a BOM, GeoJSON and JSON lines', () => {
  const csv = run(['export', '--format', 'csv', '--country', 'LY']);
  assert.equal(csv.status, 0, csv.stderr);
  assert.ok(csv.stdout.startsWith('\uFEFFevent_id_cnty,'));
  assert.ok(csv.stdout.trim().split('\r\n').length >= 2);
  const geo = JSON.parse(run(['export', '--format', 'geojson', '--sub-event-type', 'Air/drone strike']).stdout) as { features: unknown[] };
  assert.ok(geo.features.length >= 1);
  const bad = run(['export', '--bbox', '1,2,3']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /bbox: expected four numbers/);
});

test("npm start's demo articles all go in, and reports of one clash from two outlets are one event", () => {
  const db = ['--db', path.join(dir, 'demo.db')];
  const r = run([...db, 'ingest', path.join(root, 'examples'), '--published', '2024-03-16']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^added 9 articles/);
  const tripoli = run([...db, 'export', '--location', 'Tripoli']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { num_sources: number });
  assert.deepEqual(tripoli.map((e) => e.num_sources), [2]);
});

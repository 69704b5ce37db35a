import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readArticles } from './articles-file.js';
import { EvalInputError } from './eval-input-error.js';
import { fixtureGold } from './eval-fixtures.js';
import { readGold } from './gold-file.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-eval-'));
function fileWith(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n');
  return path;
}
function failsWith(read: () => unknown, pattern: RegExp): void {
  assert.throws(read, (err: unknown) => err instanceof EvalInputError && err.code === 'eval_file' && pattern.test(err.message));
}

const goldLine = {
  id: 'a1',
  events: [{
    event_type: ['Battles', 'Explosions/Remote violence'], sub_event_type: 'Armed clash', event_date: '2024-03-15', time_precision: 1,
    location: 'Misrata', location_ar: 'مصراتة', country: 'LY', admin1: 'Misrata', latitude: 32.37, longitude: 15.09, geo_precision: 1,
    actor1: ['قوات الوفاق'], actor2: [], fatalities: 0, evidence: ['اشتبكت قوات الوفاق'],
  }],
  negatives: [],
};

describe('readGold', () => {
  it('reads lines into lists of acceptable types with defaults filled in', () => {
    const [gold] = readGold(fileWith('ok.jsonl', [goldLine]));
    const event = gold?.events[0];
    assert.deepEqual([event?.event_type, event?.sub_event_type], [['Battles', 'Explosions/Remote violence'], ['Armed clash']]);
    assert.deepEqual([event?.optional, event?.date_tolerance_days, event?.radius_km], [false, 0, 0]);
  });

  it('accepts what the fixtures build through the same schema', () => {
    assert.equal(fixtureGold().events.length, 3);
  });

  it('names the file, line and field of a bad value', () => {
    const bad = { ...goldLine, events: [{ ...goldLine.events[0], event_date: '2024-02-30' }] };
    failsWith(() => readGold(fileWith('bad-date.jsonl', [goldLine, '', bad])), /bad-date\.jsonl:3: events\[0\]\.event_date: .*found "2024-02-30"/);
  });

  it('rejects a misspelt field instead of defaulting it', () => {
    const bad = { ...goldLine, events: [{ ...goldLine.events[0], date_tolerence_days: 1 }] };
    failsWith(() => readGold(fileWith('typo.jsonl', [bad])), /:1: events\[0\]: .*date_tolerence_days/);
  });

  it('reports invalid JSON and a repeated id with their lines', () => {
    failsWith(() => readGold(fileWith('json.jsonl', [goldLine, '{"id": '])), /json\.jsonl:2: expected one JSON object, found invalid JSON/);
    failsWith(() => readGold(fileWith('twice.jsonl', [goldLine, goldLine])), /:2: .*"a1" again \(first on line 1\)/);
  });

  it('says so when the file cannot be read', () => {
    failsWith(() => readGold(join(dir, 'missing.jsonl')), /missing\.jsonl: expected a readable JSONL file/);
  });
});

describe('readArticles', () => {
  it('reads articles and turns a null url into an absent one', () => {
    const [article] = readArticles(fileWith('articles.jsonl', [{ id: 'a1', published: '2024-03-16', text: 'نص', url: null }]));
    assert.equal(article?.url, undefined);
    assert.equal(article?.text, 'نص');
  });

  it('names the line of an article without text', () => {
    failsWith(() => readArticles(fileWith('no-text.jsonl', [{ id: 'a1', published: '2024-03-16' }])), /no-text\.jsonl:1: text: .*found nothing/);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_LIMIT, parseEventQuery } from './event-query.js';

test('filters arrive as strings and come out typed, with a default page size', () => {
  const q = parseEventQuery({ country: 'ly', start_date: '2024-01-01', fatalities: '3', bbox: '10,20,30,40', fields: 'id,event_date' });
  assert.equal(q.country, 'LY');
  assert.equal(q.fatalities, 3);
  assert.deepEqual(q.bbox, { minLon: 10, minLat: 20, maxLon: 30, maxLat: 40 });
  assert.deepEqual(q.fields, ['id', 'event_date']);
  assert.equal(q.limit, 100);
});

test('since is read in any offset and compared in the form times are stored in', () => {
  assert.equal(parseEventQuery({ since: '2024-03-16T00:00:00Z' }).since, '2024-03-16T00:00:00.000Z');
  assert.equal(parseEventQuery({ since: '2024-03-16T03:00:00+03:00' }).since, '2024-03-16T00:00:00.000Z');
});

for (const [what, input, message] of [
  ['an unknown filter', { colour: 'red' }, /unknown filter "colour"; expected one of start_date, end_date, country/],
  ['a date that is no day', { start_date: '2024-02-30' }, /start_date must be a date as YYYY-MM-DD/],
  ['a bbox out of range', { bbox: '10,95,20,96' }, /latitudes must lie within -90\.\.90/],
  ['a bbox of three numbers', { bbox: '10,20,30' }, /expected four numbers/],
  ['a huge limit', { limit: '1000000' }, new RegExp(`limit must be at most ${MAX_LIMIT}`)],
  ['an unknown field', { fields: 'id,colour' }, /unknown field "colour"/],
  ['a bad since', { since: 'yesterday' }, /since must be a time such as 2024-03-16T00:00:00Z/],
] as const) {
  test(`${what} is refused with a message that says what was expected`, () => {
    assert.throws(() => parseEventQuery(input), (e: Error) => e.name === 'QueryError' && (message as RegExp).test(e.message));
  });
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoizeWords } from './word-memo.js';

describe('memoizeWords', () => {
  it('works a word out once and answers the same after', () => {
    const asked: string[] = [];
    const length = memoizeWords((w) => (asked.push(w), w.length));
    assert.deepEqual([length('قوات'), length('حفتر'), length('قوات')], [4, 4, 4]);
    assert.deepEqual(asked, ['قوات', 'حفتر']);
  });

  it('forgets everything once it holds maxWords words, so it never grows past them', () => {
    const asked: string[] = [];
    const upper = memoizeWords((w) => (asked.push(w), w.toUpperCase()), 2);
    for (const w of ['a', 'b', 'a', 'c', 'a']) upper(w);
    // 'c' arrives when the memo is full: it starts again, and 'a' is worked out anew.
    assert.deepEqual(asked, ['a', 'b', 'c', 'a']);
  });
});

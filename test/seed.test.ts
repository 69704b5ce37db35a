/**
 * issue-2: the founding article end to end. It lives in ../shared (not part of the product), so this suite runs
 * where that folder is beside the checkout, as in CI, and is skipped elsewhere.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, readArticles, readGold } from '../src/evaluate/index.js';
import { createPipeline } from '../src/pipeline.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const seedDir = path.join(root, '..', 'shared', 'eval', 'seed');
const skip = existsSync(seedDir) ? false : 'needs ../shared/eval/seed beside the checkout';

test('issue-2 the seed article yields every required gold event, strict F1 = 1.0, no background coded', { skip }, () => {
  const pipeline = createPipeline({ dbPath: ':memory:' });
  const report = evaluate(readArticles(path.join(seedDir, 'articles.jsonl')), readGold(path.join(seedDir, 'gold.jsonl')), (a) => pipeline.extract(a).events);
  assert.equal(report.strict.f1, 1, `strict F1 ${report.strict.f1}`);
  assert.equal(report.detection.fp, 0, 'no events beyond the optional ones');
  assert.equal(report.background.hit, 0, 'neither background passage coded');
});

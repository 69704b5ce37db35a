import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/index.js';
import { createPipeline } from '../pipeline.js';
import { openStore } from '../store/index.js';
import { createExtractPool } from './extract-pool.js';
import { ingestCandidates } from './ingest-articles.js';
import type { Candidate } from './read-sources.js';

const dir = mkdtempSync(path.join(tmpdir(), 'rasd-pool-'));
const pipeline = createPipeline({ dbPath: path.join(dir, 'rasd.db') });

const texts = [
  'قصفت الطائرات الحربية مواقع للمسلحين في مدينة إدلب الخميس، ما أسفر عن مقتل خمسة منهم، بحسب مصادر محلية.',
  'انفجرت سيارة مفخخة وسط مدينة بنغازي مساء الأربعاء، ما أدى إلى مقتل ثلاثة مدنيين وإصابة عشرة آخرين، حسب مصدر أمني.',
  'اندلعت اشتباكات عنيفة بين قوات حكومة الوفاق وقوات حفتر جنوب طرابلس يوم الأحد، وقتل أربعة مقاتلين.',
  'Heavy fighting was reported near the city on Thursday, officials said.',
];

test('worker threads code articles exactly as the pipeline does, and ingest stores them the same', async () => {
  const pool = createExtractPool({ dbPath: pipeline.db.name, dataDir: pipeline.lexicon.dataDir }, 2);
  try {
    const articles = texts.map((text, i) => ({ id: `p${i}`, published: '2024-07-01', text }));
    assert.deepEqual(await Promise.all(articles.map((a) => pool.extract(a))), articles.map((a) => pipeline.extract(a)));
    const candidates: Candidate[] = articles.map((a) => ({ origin: a.id, article: { source_id: a.id, published: a.published, title: null, text: a.text, outlet: null, url: null } }));
    const fold = pipeline.lexicon.fold;
    const pooled = await openStore({ sqlite: openDatabase(path.join(dir, 'pooled.db')), fold });
    const plain = await openStore({ sqlite: openDatabase(path.join(dir, 'plain.db')), fold });
    const summary = await ingestCandidates(candidates, pooled, pool.extract);
    await ingestCandidates(candidates, plain, pipeline.extract);
    assert.equal(summary.added, 3);
    assert.deepEqual(summary.failed.map((f) => f.origin), ['p3']);
    const all = { limit: 100 } as const;
    const strip = (events: Array<{ created_at: string; updated_at: string }>) => events.map(({ created_at: _c, updated_at: _u, ...e }) => e);
    assert.deepEqual(strip((await pooled.listEvents(all)).events), strip((await plain.listEvents(all)).events));
  } finally {
    await pool.close();
  }
});

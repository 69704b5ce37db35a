/**
 * The engines every store and API test runs against: the embedded SQLite, a real PostgreSQL at
 * RASD_TEST_DATABASE_URL, and one with PostGIS installed at RASD_TEST_POSTGIS_URL. Without a URL that run is
 * skipped with a message — except under CI, where it fails, because CI must prove every engine. Each open gets an
 * empty store: a fresh SQLite file, or a fresh schema.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/db/index.js';
import { openStore, type Store } from '../src/store/index.js';

export interface EngineUnderTest {
  name: Store['engine'];
  /** A reason to skip, or false to run. */
  skip: string | false;
  open(fold: (text: string) => string): Promise<Store>;
  /** Drops what the run created (PostgreSQL schemas). */
  cleanup(): Promise<void>;
}

const dir = mkdtempSync(path.join(tmpdir(), 'rasd-store-'));
let opened = 0;

const sqlite: EngineUnderTest = {
  name: 'sqlite',
  skip: false,
  open: (fold) => openStore({ sqlite: openDatabase(path.join(dir, `store-${++opened}.db`)), fold }),
  cleanup: async () => undefined,
};

function postgres(name: 'postgres' | 'postgres+postgis', variable: string): EngineUnderTest {
  const url = process.env[variable];
  const schemas: string[] = [];
  return {
    name,
    skip: url || process.env.CI ? false : `${variable} is unset, so the ${name} run is skipped (CI sets it and runs it)`,
    async open(fold) {
      if (!url) throw new Error(`CI is set but ${variable} is not: CI must run the store tests against ${name}`);
      const schema = `rasd_test_${process.pid}_${++opened}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      schemas.push(schema);
      const scoped = new URL(url);
      // PostGIS lives in public: the test's schema first, then public for its types and functions.
      scoped.searchParams.set('options', `-c search_path=${schema},public`);
      return openStore({ databaseUrl: scoped.toString(), sqlite: openDatabase(':memory:'), fold });
    },
    async cleanup() {
      if (!url || schemas.length === 0) return;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      for (const schema of schemas) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

export const engines: EngineUnderTest[] = [sqlite, postgres('postgres', 'RASD_TEST_DATABASE_URL'), postgres('postgres+postgis', 'RASD_TEST_POSTGIS_URL')];

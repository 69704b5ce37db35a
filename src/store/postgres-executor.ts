/**
 * SqlExecutor over PostgreSQL (`pg` pool): applies migrations/postgres/NNN-name.sql newer than the schema's
 * recorded version (and postgis.sql where PostGIS is installed), numbers `?` placeholders, and serialises writers
 * with an advisory lock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { MIGRATIONS_DIR } from '../db/index.js';
import { StoreError } from './store-error.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';

const POSTGRES_MIGRATIONS = path.join(MIGRATIONS_DIR, 'postgres');
// Any fixed number: every rasd writer takes this lock, so two ingests never cluster without seeing each other.
const WRITER_LOCK = 5_170_001;

type Queryable = pg.Pool | pg.PoolClient;

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

function executorOn(db: Queryable, engine: SqlExecutor['engine'], transaction: SqlExecutor['transaction'], close: () => Promise<void>): SqlExecutor {
  return {
    engine,
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) => (await db.query(numbered(sql), params as SqlValue[])).rows as Row[],
    run: async (sql, params = []) => {
      await db.query(numbered(sql), params as SqlValue[]);
    },
    transaction,
    close,
  };
}

export async function createPostgresExecutor(url: string): Promise<SqlExecutor> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  let engine: SqlExecutor['engine'];
  try {
    engine = (await migrate(pool)) ? 'postgres+postgis' : 'postgres';
  } catch (e) {
    await pool.end();
    throw new StoreError('db_open', `cannot open the PostgreSQL database ${redact(url)}: ${(e as Error).message}`);
  }
  const transaction = <T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> =>
    inWriterTransaction(pool, (client) => {
      const inner: SqlExecutor = executorOn(client, engine, (w) => w(inner), async () => undefined);
      return work(inner);
    });
  return executorOn(pool, engine, transaction, () => pool.end());
}

/** One writer at a time across every rasd process on the database: a transaction holding the writers' lock. */
async function inWriterTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}

/** Brings the schema up to date; true when PostGIS is installed in the database (and its column is in place). */
function migrate(pool: pg.Pool): Promise<boolean> {
  return inWriterTransaction(pool, async (client) => {
    await client.query('CREATE TABLE IF NOT EXISTS rasd_schema (version INTEGER NOT NULL)');
    const rows = (await client.query<{ version: number }>('SELECT version FROM rasd_schema')).rows;
    const current = rows[0]?.version ?? 0;
    if (rows.length === 0) await client.query('INSERT INTO rasd_schema (version) VALUES (0)');
    const files = readdirSync(POSTGRES_MIGRATIONS).filter((f) => /^\d{3}-.+\.sql$/.test(f)).sort();
    for (const file of files) {
      const version = Number(file.slice(0, 3));
      if (version <= current) continue;
      await client.query(readFileSync(path.join(POSTGRES_MIGRATIONS, file), 'utf8'));
      await client.query('UPDATE rasd_schema SET version = $1', [version]);
    }
    const hasPostgis = (await client.query("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).rowCount === 1;
    if (hasPostgis) await client.query(readFileSync(path.join(POSTGRES_MIGRATIONS, 'postgis.sql'), 'utf8'));
    return hasPostgis;
  });
}

/** A connection URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

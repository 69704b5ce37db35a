/**
 * SqlExecutor over the embedded SQLite file, with prepared statements cached. src/db opens and migrates the file and
 * the pipeline owns it, so closing the store leaves it open.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../db/index.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';

export function createSqliteExecutor(db: Db): SqlExecutor {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  // better-sqlite3 is synchronous, so one transaction at a time is enough: a queue keeps a second writer out.
  let queue: Promise<unknown> = Promise.resolve();
  const executor: SqlExecutor = {
    engine: 'sqlite',
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as Row[],
    run: async (sql, params = []) => {
      prepare(sql).run(...params);
    },
    transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const next = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(executor);
          db.exec('COMMIT');
          return result;
        } catch (e) {
          db.exec('ROLLBACK');
          throw e;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    close: async () => undefined,
  };
  return executor;
}

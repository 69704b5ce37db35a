/**
 * A path → an open SQLite database (WAL, foreign keys) with every migration in migrations/ applied in order.
 * One file holds everything rasd keeps; `:memory:` gives a throwaway one for tests.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { RasdError } from '../errors.js';

export type Db = Database.Database;

/** migrations/NNN-name.sql for SQLite; migrations/postgres/ holds the store's tables for PostgreSQL. */
export const MIGRATIONS_DIR = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'migrations');

export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
  } catch (e) {
    throw new RasdError('db_open', `cannot open the database ${file}: ${(e as Error).message}`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}

/** Applies migrations/NNN-name.sql files newer than the database's user_version, each in a transaction. */
function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{3}-.+\.sql$/.test(f)).sort();
  for (const file of files) {
    const version = Number(file.slice(0, 3));
    if (version <= current) continue;
    const sql = readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}

/**
 * Picks the engine: PostgreSQL when a URL is given (RASD_DATABASE_URL), else the embedded SQLite database the
 * pipeline already has open. `fold` is the lexicon's Arabic folding, so search text and queries fold alike.
 */
import type { Db } from '../db/index.js';
import { createPostgresExecutor } from './postgres-executor.js';
import { createRepository, type Store } from './repository.js';
import { createSqliteExecutor } from './sqlite-executor.js';

export interface StoreOptions {
  /** A postgres:// URL; when absent the events go into `sqlite`. */
  databaseUrl?: string | undefined;
  sqlite: Db;
  fold: (text: string) => string;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const executor = options.databaseUrl ? await createPostgresExecutor(options.databaseUrl) : createSqliteExecutor(options.sqlite);
  return createRepository(executor, options.fold);
}

/** The PostgreSQL URL the environment chooses, if any. */
export const databaseUrlFrom = (env: NodeJS.ProcessEnv = process.env): string | undefined => env.RASD_DATABASE_URL || undefined;

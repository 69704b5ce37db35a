/** The store the commands share: PostgreSQL when RASD_DATABASE_URL is set, else the pipeline's SQLite file. */
import type { Pipeline } from '../pipeline.js';
import { databaseUrlFrom, openStore, type Store } from '../store/index.js';

export const openEventStore = (pipeline: Pipeline): Promise<Store> => openStore({ databaseUrl: databaseUrlFrom(), sqlite: pipeline.db, fold: pipeline.lexicon.fold });

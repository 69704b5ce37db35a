/** The embedded database: open (and migrate) the SQLite file every stage that keeps data shares. */
export { MIGRATIONS_DIR, openDatabase, type Db } from './open-database.js';
export { defaultDatabasePath } from './default-path.js';

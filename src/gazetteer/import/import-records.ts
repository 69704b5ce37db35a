/**
 * One file's records → the store, a few thousand to a transaction (constant memory, and one fsync per batch rather
 * than per row), counting what became of each record.
 */
import Database from 'better-sqlite3';
import type { Db } from '../../db/index.js';

export interface RecordImporter {
  /** The table whose row count says how many records were new: places, admin divisions or countries. */
  table: 'places' | 'admin_divisions' | 'countries';
  /** Writes one record; returns why it was skipped, or undefined once it is written. */
  importRecord(record: string): string | undefined;
}

export interface RecordCounts {
  rowsRead: number;
  added: number;
  /** Records written over rows already stored (an alternate name: a name given to a stored place). */
  updated: number;
  /** Net change in stored names; 0 when the same file is imported again. */
  namesAdded: number;
  /** Why records were skipped → how many. */
  skipped: Record<string, number>;
}

export const OTHER_COUNTRY = 'country not in --countries';
const BATCH = 2000;

export async function importRecords(db: Db, importer: RecordImporter, records: AsyncIterable<string>, onBatch: () => void): Promise<RecordCounts> {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const rowsBefore = count(importer.table);
  const namesBefore = count('place_names');
  const skipped: Record<string, number> = {};
  let written = 0;
  const writeBatch = db.transaction((batch: string[]) => {
    for (const record of batch) {
      const reason = importOne(importer, record);
      if (reason === undefined) written++;
      else skipped[reason] = (skipped[reason] ?? 0) + 1;
    }
  });

  let rowsRead = 0;
  let batch: string[] = [];
  for await (const record of records) {
    batch.push(record);
    rowsRead++;
    if (batch.length < BATCH) continue;
    writeBatch(batch);
    batch = [];
    onBatch();
  }
  writeBatch(batch);
  onBatch();
  const added = count(importer.table) - rowsBefore;
  return { rowsRead, added, updated: written - added, namesAdded: count('place_names') - namesBefore, skipped };
}

/** A record that contradicts a stored one (two places claiming one GeoNames id) is skipped, not fatal to the file. */
function importOne(importer: RecordImporter, record: string): string | undefined {
  try {
    return importer.importRecord(record);
  } catch (e) {
    if (e instanceof Database.SqliteError && e.code.startsWith('SQLITE_CONSTRAINT')) return `conflicts with a stored place (${e.message})`;
    throw e;
  }
}

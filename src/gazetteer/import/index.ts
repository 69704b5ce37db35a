/**
 * Gazetteer dumps (GeoNames tables, plain or zipped; Who's On First GeoJSON) → rows in the gazetteer store, streamed
 * and idempotent, with a summary per file; and what the store holds, for `rasd gazetteer stats`.
 */
export { importGazetteerFiles, type FileSummary, type ImportOptions, type ImportProgress } from './import-files.js';
export type { FileKind } from './file-kind.js';
export { formatSummaryTable } from './summary-table.js';
export { formatGazetteerStats } from './store-stats.js';

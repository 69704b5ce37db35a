/** Import summaries → what `rasd gazetteer import` prints: a row per file, then why rows were skipped or files failed. */
import { KIND_NAMES } from './file-kind.js';
import type { FileSummary } from './import-files.js';
import { formatTable } from './text-table.js';

export function formatSummaryTable(summaries: readonly FileSummary[]): string {
  const skippedOf = (s: FileSummary) => Object.values(s.skipped).reduce((a, b) => a + b, 0);
  const table = formatTable(
    ['file', 'kind', 'rows', 'added', 'updated', 'names added', 'skipped', 'seconds'],
    summaries.map((s) => [
      s.file,
      s.status === 'imported' ? KIND_NAMES[s.kind!] : s.status,
      s.rowsRead,
      s.added,
      s.updated,
      s.namesAdded,
      skippedOf(s),
      (s.elapsedMs / 1000).toFixed(1),
    ]),
  );
  const notes = summaries.flatMap((s) => {
    if (s.problem !== null) return [`${s.status} ${s.file}: ${s.problem}`];
    const reasons = Object.entries(s.skipped).sort((a, b) => b[1] - a[1]);
    return reasons.length ? [`skipped in ${s.file}: ${reasons.map(([why, n]) => `${n.toLocaleString('en-US')} ${why}`).join('; ')}`] : [];
  });
  return [table, ...(notes.length ? ['', ...notes] : [])].join('\n') + '\n';
}

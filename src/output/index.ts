/** EventRecord[] → text in one of the output formats: json, jsonl, csv (ACLED columns), geojson. */
import type { EventRecord } from '../extract/index.js';
import { toAcledCsv } from './acled-csv.js';
import { toGeoJson } from './geojson.js';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'geojson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function formatEvents(events: readonly (EventRecord & { id?: string })[], format: OutputFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(events, null, 2) + '\n';
    case 'jsonl':
      return events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : '');
    case 'csv':
      return toAcledCsv(events);
    case 'geojson':
      return toGeoJson(events);
  }
}

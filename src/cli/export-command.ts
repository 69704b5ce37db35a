/**
 * `rasd export --format csv|geojson|jsonl [filters]`: every stored event matching the API's filters, for scripts
 * and cron jobs. The options are the API's query parameters, spelled with dashes (--start-date, --sub-event-type).
 */
import { Option, type Command } from 'commander';
import { formatEvents } from '../output/index.js';
import type { Pipeline } from '../pipeline.js';
import { EVENT_FILTERS, MAX_LIMIT, eventQuerySchema, parseEventQuery, type StoredEvent } from '../store/index.js';
import { openEventStore } from './open-event-store.js';

/** Paging and projection belong to the API; an export is every match, whole. */
const FILTERS = EVENT_FILTERS.filter((f) => f !== 'limit' && f !== 'cursor' && f !== 'fields');
const optionName = (filter: string) => filter.replace(/_/g, '-');
const camel = (filter: string) => filter.replace(/_(.)/g, (_, c: string) => c.toUpperCase());

export function registerExportCommand(program: Command, openPipeline: () => Pipeline): void {
  const command = program
    .command('export')
    .description('write stored events matching the filters (the same as GET /events) to standard output')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'geojson', 'jsonl']).default('jsonl'));
  for (const filter of FILTERS) command.option(`--${optionName(filter)} <value>`, eventQuerySchema.shape[filter].description ?? filter);
  command.action(async (opts: Record<string, string>) => {
    const given = Object.fromEntries(FILTERS.filter((f) => opts[camel(f)] !== undefined).map((f) => [f, opts[camel(f)]]));
    const query = parseEventQuery({ ...given, limit: String(MAX_LIMIT) });
    const store = await openEventStore(openPipeline());
    try {
      const events: StoredEvent[] = [];
      for (let cursor: string | null | undefined; ; ) {
        const page = await store.listEvents({ ...query, cursor: cursor ?? undefined });
        events.push(...page.events);
        if (!(cursor = page.next_cursor)) break;
      }
      process.stdout.write(formatEvents(events, opts.format as 'csv' | 'geojson' | 'jsonl'));
    } finally {
      await store.close();
    }
  });
}

/**
 * The filters of GET /events and `rasd export`, stated once: a zod schema that validates them (strings in, as a
 * query string or command-line options give them), documents them (its JSON Schema is the API's), and types them.
 */
import { z } from 'zod';
import { QueryError } from './store-error.js';

export const MAX_LIMIT = 5000;

/** The fields an event can be cut down to with `fields=`. */
export const EVENT_FIELDS = [
  'id', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'cameo', 'actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2',
  'fatalities', 'fatality_claims', 'location', 'location_ar', 'location_id', 'admin1', 'country', 'latitude', 'longitude', 'geo_precision',
  'radius_km', 'claimant', 'source', 'notes', 'quote', 'spans', 'evidence', 'confidence', 'warnings', 'article_id', 'article_ids',
  'num_sources', 'num_articles', 'created_at', 'updated_at', 'deleted_at',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

const isoDate = (what: string) => z.iso.date({ error: `${what} must be a date as YYYY-MM-DD` });

const bbox = z
  .string()
  .transform((value, ctx) => {
    const n = value.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
    const [minLon, minLat, maxLon, maxLat] = n;
    const problem =
      n.length !== 4 || n.some((x) => !Number.isFinite(x)) ? `expected four numbers min_lon,min_lat,max_lon,max_lat, found "${value}"`
      : [minLon!, maxLon!].some((x) => x < -180 || x > 180) ? `longitudes must lie within -180..180, found "${value}"`
      : [minLat!, maxLat!].some((x) => x < -90 || x > 90) ? `latitudes must lie within -90..90, found "${value}"`
      : minLon! > maxLon! || minLat! > maxLat! ? `the minimum must come before the maximum, found "${value}"`
      : null;
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return { minLon: minLon!, minLat: minLat!, maxLon: maxLon!, maxLat: maxLat! };
  });

const fields = z
  .string()
  .transform((value, ctx) => {
    const list = value.split(',').map((s) => s.trim());
    const unknown = list.filter((f) => !(EVENT_FIELDS as readonly string[]).includes(f));
    if (unknown.length) {
      ctx.addIssue({ code: 'custom', message: `unknown field ${unknown.map((f) => `"${f}"`).join(', ')}; expected some of ${EVENT_FIELDS.join(', ')}` });
      return z.NEVER;
    }
    return list as EventField[];
  });

const integer = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${what} must be a whole number` })
    .int({ error: `${what} must be a whole number` })
    .min(min, { error: `${what} must be at least ${min}` })
    .max(max, { error: `${what} must be at most ${max}` });

export const eventQuerySchema = z.strictObject({
  start_date: isoDate('start_date').optional().describe('events on or after this day (YYYY-MM-DD)'),
  end_date: isoDate('end_date').optional().describe('events on or before this day (YYYY-MM-DD)'),
  country: z.string().regex(/^[A-Za-z]{2}$/, { error: 'country must be an ISO 3166 alpha-2 code such as LY' }).transform((c) => c.toUpperCase()).optional().describe('ISO 3166 alpha-2 code, e.g. LY'),
  admin1: z.string().min(1).optional().describe('first-level division as coded, e.g. Benghazi'),
  location: z.string().min(1).optional().describe('location name, English or Arabic as coded'),
  event_type: z.string().min(1).optional().describe("ACLED event type, e.g. 'Explosions/Remote violence'"),
  sub_event_type: z.string().min(1).optional().describe("ACLED sub-event type, e.g. 'Air/drone strike'"),
  actor: z.string().min(1).optional().describe('an actor on either side: registry id (ly.lna), name or ACLED name'),
  inter: integer('inter', 0, 8).optional().describe("ACLED inter code of either side (1 state forces … 8 external forces)"),
  fatalities: integer('fatalities', 0, 1_000_000).optional().describe('at least this many fatalities'),
  bbox: bbox.optional().describe('events inside min_lon,min_lat,max_lon,max_lat (degrees)'),
  q: z.string().min(1).max(200, { error: 'q must be at most 200 characters' }).optional().describe('text search over the evidence, places and actors; Arabic is folded (قتل finds قُتل, ادلب finds إدلب)'),
  since: z.iso
    .datetime({ offset: true, error: 'since must be a time such as 2024-03-16T00:00:00Z' })
    // Stored times are toISOString()'s form; compared as text, "…00Z" would sort after "…00.123Z".
    .transform((t) => new Date(t).toISOString())
    .optional()
    .describe('only events changed after this time, deleted ones included (incremental sync)'),
  fields: fields.optional().describe(`comma-separated fields to return, of ${EVENT_FIELDS.join(', ')}`),
  limit: integer('limit', 1, MAX_LIMIT).default(100).describe(`events per page, at most ${MAX_LIMIT}`),
  cursor: z.string().regex(/^[A-Za-z0-9_-]+$/, { error: 'cursor must be the next_cursor of an earlier page' }).optional().describe('next_cursor from the previous page'),
});

export type EventQuery = z.output<typeof eventQuerySchema>;
export type EventQueryInput = z.input<typeof eventQuerySchema>;
export const EVENT_FILTERS = Object.keys(eventQuerySchema.shape) as Array<keyof EventQuery>;

/** Raw strings → a query, or a QueryError that names every problem and, for an unknown filter, the known ones. */
export function parseEventQuery(input: Record<string, unknown>): EventQuery {
  const parsed = eventQuerySchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown filter ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected one of ${EVENT_FILTERS.join(', ')}`
      : issue.path.length && !issue.message.startsWith(String(issue.path[0]))
        ? `${String(issue.path[0])}: ${issue.message}`
        : issue.message,
  );
  throw new QueryError(problems.join('; '));
}

/** Paging key: the last event's date and id, opaque to clients. */
export function encodeCursor(eventDate: string, id: string): string {
  return Buffer.from(JSON.stringify([eventDate, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { eventDate: string; id: string } {
  try {
    const [eventDate, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof eventDate === 'string' && typeof id === 'string') return { eventDate, id };
  } catch {
    // fall through to the error below
  }
  throw new QueryError('cursor must be the next_cursor of an earlier page');
}

/** An event cut down to the requested fields, in the order asked. */
export function pickFields<E extends object>(event: E, wanted: readonly EventField[] | undefined): Partial<E> {
  if (!wanted) return event;
  const record = event as Record<string, unknown>;
  return Object.fromEntries(wanted.map((f) => [f, record[f] ?? null])) as Partial<E>;
}

/**
 * GET /events (JSON page), /events.csv (ACLED columns, BOM), /events.geojson, /events.jsonl — one query, four
 * shapes — and GET /events/:id with its articles and each telling's highlighted evidence.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { formatEvents } from '../../output/index.js';
import { eventQuerySchema, pickFields, type EventQuery, type Store } from '../../store/index.js';
import { highlightEvidence } from '../highlight-evidence.js';

const FORMATS = [
  { ext: 'csv', format: 'csv', type: 'text/csv; charset=utf-8' },
  { ext: 'geojson', format: 'geojson', type: 'application/geo+json; charset=utf-8' },
  { ext: 'jsonl', format: 'jsonl', type: 'application/x-ndjson; charset=utf-8' },
] as const;

export const idParams = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, { error: 'id must be an id rasd gave' }) });

export function registerEventRoutes(app: FastifyInstance, store: Store): void {
  app.get('/events', { schema: { summary: 'events matching the filters, newest first, a page at a time', querystring: eventQuerySchema } }, async (request) => {
    const query = request.query as EventQuery;
    const page = await store.listEvents(query);
    return { count: page.events.length, next_cursor: page.next_cursor, events: page.events.map((e) => pickFields(e, query.fields)) };
  });

  for (const { ext, format, type } of FORMATS) {
    app.get(`/events.${ext}`, { schema: { summary: `the same page of events as ${format}; the next page's cursor is in the rasd-next-cursor header`, querystring: eventQuerySchema } }, async (request, reply) => {
      const page = await store.listEvents(request.query as EventQuery);
      if (page.next_cursor) void reply.header('rasd-next-cursor', page.next_cursor);
      return reply.type(type).send(formatEvents(page.events, format));
    });
  }

  app.get('/events/:id', { schema: { summary: 'one event with its articles and every telling highlighted', params: idParams } }, async (request, reply) => {
    const found = await store.getEvent((request.params as z.infer<typeof idParams>).id);
    if (!found) return reply.code(404).send({ error: 'not_found', message: 'no event has this id' });
    const texts = new Map(found.articles.map((a) => [a.id, a.text]));
    return {
      event: found.event,
      articles: found.articles.map(({ text: _text, ...meta }) => meta),
      evidence: found.event.evidence.map((e) => ({ ...e, highlighted: highlightEvidence(texts.get(e.article_id) ?? '', e) })),
    };
  });
}

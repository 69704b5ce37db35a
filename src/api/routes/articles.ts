/**
 * GET /articles/:id (the stored text every span points into), POST /articles (ingest one article, as text or as
 * HTML whose main text rasd reads) and DELETE /articles/:id (a soft delete; its events are re-clustered without it).
 * Writing needs the API key the server was started with.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ingestArticle, readHtmlArticle, toIsoDay, type Extract } from '../../ingest/index.js';
import { QueryError, type Store } from '../../store/index.js';
import { idParams } from './events.js';

const postedArticle = z
  .strictObject({
    id: z.string().min(1).optional().describe("the article's id at its source"),
    published: z.iso.date({ error: 'published must be a date as YYYY-MM-DD' }).optional().describe('YYYY-MM-DD; required unless the HTML states it'),
    title: z.string().optional(),
    text: z.string().min(1).optional().describe('the article text (or give html)'),
    html: z.string().min(1).optional().describe('a web page; its main text is stored and coded'),
    outlet: z.string().optional(),
    url: z.url().optional(),
  })
  .refine((a) => (a.text === undefined) !== (a.html === undefined), { error: 'expected exactly one of text or html' });

export function registerArticleRoutes(app: FastifyInstance, store: Store, extract: Extract, apiKey: string | undefined): void {
  // Checked on arrival, before the body is read or validated: without the key nothing else is answered.
  const requireKey = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!hasKey(request, apiKey)) return refuse(reply, apiKey);
  };

  app.get('/articles/:id', { schema: { summary: 'one stored article with its text', params: idParams } }, async (request, reply) => {
    const article = await store.getArticle((request.params as z.infer<typeof idParams>).id);
    return article ?? reply.code(404).send({ error: 'not_found', message: 'no article has this id' });
  });

  app.post('/articles', { onRequest: requireKey, schema: { summary: 'ingest one article (needs the API key: Authorization: Bearer KEY)', body: postedArticle } }, async (request, reply) => {
    const posted = request.body as z.infer<typeof postedArticle>;
    const page = posted.html !== undefined ? readHtmlArticle(posted.html) : null;
    const published = posted.published ?? toIsoDay(page?.published);
    if (!published) throw new QueryError('published: expected YYYY-MM-DD (the HTML states no date)');
    const text = page?.text ?? posted.text ?? '';
    const result = await ingestArticle(
      { source_id: posted.id ?? null, published, title: posted.title ?? page?.title ?? null, text, outlet: posted.outlet ?? null, url: posted.url ?? null },
      store,
      extract,
    );
    if (result.status === 'rejected') return reply.code(422).send({ error: 'rejected', message: result.reason });
    return reply.code(result.status === 'added' ? 201 : 200).send(result);
  });

  app.delete('/articles/:id', { onRequest: requireKey, schema: { summary: 'soft-delete an article; events it supported are re-clustered (needs the API key)', params: idParams } }, async (request, reply) => {
    const deleted = await store.deleteArticle((request.params as z.infer<typeof idParams>).id);
    return deleted ? reply.code(204).send() : reply.code(404).send({ error: 'not_found', message: 'no stored article has this id' });
  });
}

function refuse(reply: FastifyReply, apiKey: string | undefined): FastifyReply {
  const message = apiKey ? 'expected the API key in "Authorization: Bearer KEY"' : 'this server takes no writes: start it with RASD_API_KEY set';
  return reply.code(401).send({ error: 'unauthorized', message });
}

function hasKey(request: FastifyRequest, apiKey: string | undefined): boolean {
  const given = request.headers.authorization?.replace(/^Bearer\s+/i, '');
  if (!apiKey || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(apiKey);
  return a.length === b.length && timingSafeEqual(a, b);
}


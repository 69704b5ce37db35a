/**
 * Store + extractor → the Fastify app: routes mirroring the URLs, zod schemas validating every parameter, one error
 * handler, and the OpenAPI document at /docs (HTML) and /docs/json.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Extract } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { handleError } from './error-handler.js';
import { registerActorAndPlaceRoutes } from './routes/actors-and-places.js';
import { registerArticleRoutes } from './routes/articles.js';
import { registerEventRoutes } from './routes/events.js';
import { registerWebApp } from './serve-web.js';
import { toOpenApiSchema, zodValidator } from './zod-validation.js';

export interface ApiOptions {
  store: Store;
  extract: Extract;
  /** POST /articles needs this key; without one the server takes no articles. */
  apiKey?: string | undefined;
  logger?: boolean;
}

// An article may be up to 2 million characters; in UTF-8 Arabic that is about 4 MB.
const BODY_LIMIT = 8 * 1024 * 1024;

export async function buildApp(options: ApiOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT });
  app.setValidatorCompiler(zodValidator);
  app.setErrorHandler(handleError);
  // Article text is data: in JSON every "<" is written \u003c, so no page markup reaches a client as markup,
  // even one that renders a response as HTML; nosniff stops browsers from guessing otherwise.
  app.setReplySerializer((payload) => JSON.stringify(payload).replace(/</g, '\\u003c'));
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` }));
  await app.register(swagger, {
    openapi: { info: { title: 'rasd', description: 'ACLED-style events coded from Arabic news, with the evidence kept', version: '0.1.0' } },
    transform: ({ schema, url }) => ({ schema: schema ? toOpenApiSchema(schema) : schema, url }),
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  registerEventRoutes(app, options.store);
  registerArticleRoutes(app, options.store, options.extract, options.apiKey);
  registerActorAndPlaceRoutes(app, options.store);
  registerWebApp(app);
  return app;
}

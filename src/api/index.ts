/** Store + extractor → the HTTP API (Fastify): events with filters and paging, articles, actors, control of places. */
export { buildApp, type ApiOptions } from './build-app.js';

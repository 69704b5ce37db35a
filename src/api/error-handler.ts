/** One error handler: 4xx answered with the message that says what was wrong, 5xx logged in full and answered generically. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { RasdError } from '../errors.js';
import { QueryError } from '../store/index.js';

export function handleError(error: FastifyError | RasdError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error instanceof QueryError ? 400 : 'statusCode' in error && error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    void reply.code(500).send({ error: 'internal_error', message: 'the server failed to answer; the failure is in its log' });
    return;
  }
  void reply.code(status).send({ error: error instanceof RasdError ? error.code : (error.code ?? 'bad_request'), message: error.message });
}

/** `rasd serve`: the HTTP API over the store (RASD_API_KEY enables POST /articles). */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { buildApp } from '../api/index.js';
import type { Pipeline } from '../pipeline.js';
import { openEventStore } from './open-event-store.js';

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`expected a port number 0–65535, found "${value}"`);
  return n;
};

export function registerServeCommand(program: Command, openPipeline: () => Pipeline): void {
  program
    .command('serve')
    .description('serve the events API (GET /events, /events/:id, /articles/:id, /actors, /places/:id/control, /docs)')
    .option('--port <port>', 'port to listen on', port, 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (opts: { port: number; host: string }) => {
      const pipeline = openPipeline();
      const store = await openEventStore(pipeline);
      const app = await buildApp({ store, extract: pipeline.extract, apiKey: process.env.RASD_API_KEY || undefined, logger: true });
      app.addHook('onClose', () => store.close());
      const address = await app.listen({ port: opts.port, host: opts.host });
      process.stderr.write(`rasd: serving ${store.engine} events at ${address} (API documentation at ${address}/docs)\n`);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.close());
    });
}

/** GET /actors (every actor with its event count) and GET /places/:id/control (who took a locality, and when). */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Store } from '../../store/index.js';
import { idParams } from './events.js';

export function registerActorAndPlaceRoutes(app: FastifyInstance, store: Store): void {
  app.get('/actors', { schema: { summary: 'actors with the number of events they take part in' } }, async () => ({ actors: await store.listActors() }));

  app.get('/places/:id/control', { schema: { summary: "a locality's changes of control over time, from territory events", params: idParams } }, async (request, reply) => {
    const control = await store.placeControl((request.params as z.infer<typeof idParams>).id);
    return control ?? reply.code(404).send({ error: 'not_found', message: 'no place has this id (see location_id on events)' });
  });
}

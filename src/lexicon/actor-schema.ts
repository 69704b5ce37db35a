/** The shape of data/lexicon/actors/*.json; the Actor type is inferred from it, so each fact is stated once. */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const actorSchema = z.object({
  id: z.string().regex(/^[a-z]{2,12}\.[a-z0-9_-]+$/, 'expected an id like "ly.gna" or "generic.civilians"'),
  name: z.string().min(2),
  acled: z.string().min(2).optional(),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  inter: z.number().int().min(1).max(8),
  names: z.array(z.string().min(2)).min(1),
  pejoratives: z.array(z.string().min(2)).default([]),
  names_en: z.array(z.string()).default([]),
  valid_from: isoDate.optional(),
  valid_to: isoDate.optional(),
  note: z.string().optional(),
  examples: z.array(z.string()).default([]),
});

export const actorFileSchema = z.object({ actors: z.array(actorSchema) });

export type Actor = z.infer<typeof actorSchema>;

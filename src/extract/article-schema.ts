/** The JSON shape of an article line (`{id, published, title?, text, outlet?, url?}`), shared by batch and eval. */
import { z } from 'zod';

// Corpora write a missing title, outlet or url as null; Article spells absence as an omitted field.
const absentAsUndefined = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

export const articleLineSchema = z.object({
  id: z.union([z.string().min(1), z.number().transform(String)]),
  published: z.iso.date(),
  title: absentAsUndefined,
  text: z.string().min(1),
  outlet: absentAsUndefined,
  url: absentAsUndefined,
});

/** The shape of one line of a gold file (see shared/eval/README.md): the events an article reports, and its traps. */
import { z } from 'zod';

const text = z.string().min(1);

/** Gold may list several acceptable values; scoring always sees a list. */
const oneOrMany = z.union([text, z.array(text).min(1)]).transform((value) => (typeof value === 'string' ? [value] : value));

// Strict objects, so a misspelt field such as `date_tolerence_days` is an error instead of a silent default.
export const goldEventSchema = z.strictObject({
  event_type: oneOrMany,
  sub_event_type: oneOrMany,
  event_date: z.iso.date(),
  date_tolerance_days: z.int().min(0).max(2).default(0),
  time_precision: z.literal([1, 2, 3]),
  location: text,
  location_ar: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "LY"'),
  admin1: z.string(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  geo_precision: z.literal([1, 2, 3]),
  /** Widens place tolerance for vague places; 0 means the usual limits apply. */
  radius_km: z.number().min(0).default(0),
  /** Acceptable names for each side; an empty list means the article does not state it. */
  actor1: z.array(text),
  actor2: z.array(text),
  fatalities: z.int().min(0),
  /** Exact substrings of the article text that report the event. */
  evidence: z.array(text).min(1),
  optional: z.boolean().default(false),
  notes: z.string().optional(),
});

export const goldNegativeSchema = z.strictObject({
  evidence: text,
  why: z.string(),
});

export const goldArticleSchema = z.strictObject({
  id: text,
  events: z.array(goldEventSchema),
  negatives: z.array(goldNegativeSchema).default([]),
});

export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldNegative = z.infer<typeof goldNegativeSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;

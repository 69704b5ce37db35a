/** One colour per ACLED event type, used alike by the map, the cluster pies, the legend and the table. */
import type { EventType } from '../filters/acled-taxonomy.js';

// Distinct for the common forms of colour blindness at the sizes used (after ColorBrewer's qualitative sets).
export const EVENT_TYPE_COLOURS: Record<EventType, string> = {
  Battles: '#c62828',
  'Explosions/Remote violence': '#ef6c00',
  'Violence against civilians': '#6a1b9a',
  Protests: '#2e7d32',
  Riots: '#b8860b',
  'Strategic developments': '#1565c0',
};

export const UNKNOWN_TYPE_COLOUR = '#546e7a';

export const colourOfType = (type: string): string => EVENT_TYPE_COLOURS[type as EventType] ?? UNKNOWN_TYPE_COLOUR;

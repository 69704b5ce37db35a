/** Who held a place on a day, by the last change of control on or before it (the API lists them oldest first). */
import type { PlaceControl } from '../api/types.js';

export type ControlChange = PlaceControl['control'][number];

export function controlAt(control: readonly ControlChange[], day: string): ControlChange | null {
  let last: ControlChange | null = null;
  for (const change of control) {
    if (change.from > day) break;
    last = change;
  }
  return last;
}

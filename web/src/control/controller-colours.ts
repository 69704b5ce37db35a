/** A controller's colour on the control map, from controller-colours.json (reviewable data, not code). */
import palette from './controller-colours.json';

export const UNKNOWN_CONTROLLER_COLOUR = palette.unknown;

export function colourOfController(controllerId: string | null): string {
  if (!controllerId) return palette.unknown;
  for (const rule of palette.rules) {
    if (rule.match.some((pattern) => (pattern.startsWith('*') ? controllerId.endsWith(pattern.slice(1)) : pattern.endsWith('*') ? controllerId.startsWith(pattern.slice(0, -1)) : pattern === controllerId))) {
      return rule.colour;
    }
  }
  // The same id gets the same colour on every load, so a shared link looks the same.
  let hash = 0;
  for (const c of controllerId) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return palette.others[hash % palette.others.length]!;
}

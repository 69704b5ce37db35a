/** ACLED's event types of political violence, as opposed to demonstrations and strategic developments. */
const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

export function isViolent(eventType: string): boolean {
  return VIOLENT_TYPES.has(eventType);
}

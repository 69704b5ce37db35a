/** ACLED's event types of political violence, as opposed to demonstrations and strategic developments. */
const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

export function isViolent(eventType: string): boolean {
  return VIOLENT_TYPES.has(eventType);
}

/** Sub-event types of bombs set off by a person on the ground: who announces one is no side of it, a state never plants it. */
const BOMBINGS = new Set(['Remote explosive/landmine/IED', 'Suicide bomb']);

export function isBombing(subEventType: string): boolean {
  return BOMBINGS.has(subEventType);
}

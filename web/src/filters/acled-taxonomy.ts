/** ACLED's six event types and their 25 sub-event types: the values the API filters on (labels are in i18n/). */
export const EVENT_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction',
    'Non-violent transfer of territory', 'Other',
  ],
} as const satisfies Record<string, readonly string[]>;

export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];

/** Territory changes hands only through these (as the store's GET /places/:id/control reads them). */
export const TERRITORY_SUB_EVENTS = ['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory'] as const;

export const subEventTypesOf = (type: string | undefined): readonly string[] =>
  type && type in EVENT_TYPES ? EVENT_TYPES[type as EventType] : EVENT_TYPE_NAMES.flatMap((t) => EVENT_TYPES[t]);

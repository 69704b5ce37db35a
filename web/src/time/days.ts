/** Calendar days as YYYY-MM-DD strings, counted in UTC so no time zone shifts a day. */
const DAY_MS = 86_400_000;

export const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Every day from first to last, inclusive. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}

export const inWindow = (day: string, start: string | null, end: string | null): boolean => (!start || day >= start) && (!end || day <= end);

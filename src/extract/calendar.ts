/** Day arithmetic on YYYY-MM-DD strings, in UTC so a server's time zone never moves a date. */
const DAY_MS = 86_400_000;

export function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The most recent `weekday` (0 = Sunday) on or before `iso`. */
export function lastWeekday(iso: string, weekday: number): string {
  const today = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((today - weekday + 7) % 7));
}

/** A day and month with no year: the publication's year, or the year before if that would be after publication. */
export function dateWithoutYear(published: string, month: number, day: number): string | null {
  const year = Number(published.slice(0, 4));
  const candidate = isoOf(year, month, day);
  if (!candidate) return null;
  return candidate > addDays(published, 1) ? isoOf(year - 1, month, day) : candidate;
}

export function isoOf(year: number, month: number, day: number): string | null {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(s) ? s : null;
}

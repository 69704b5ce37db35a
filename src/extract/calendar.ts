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

/** Julian day number of 1970-01-01, to turn day counts into ISO dates. */
const UNIX_EPOCH_JDN = 2_440_588;
/** Julian day number of the day before 1 Muharram 1 AH in the arithmetic Islamic calendar. */
const HIJRI_EPOCH_JDN = 1_948_439;

/** A Hijri date by the arithmetic (tabular) Islamic calendar: 30-year cycles of 354/355-day years. */
export function hijriToIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const jdn = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + HIJRI_EPOCH_JDN;
  return new Date((jdn - UNIX_EPOCH_JDN) * DAY_MS).toISOString().slice(0, 10);
}

/** The Hijri year a Gregorian date falls in. */
export function hijriYearOf(iso: string): number {
  const jdn = Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS) + UNIX_EPOCH_JDN;
  const year = Math.floor(((jdn - HIJRI_EPOCH_JDN) * 30) / 10_631) + 1;
  return hijriToIso(year, 1, 1)! > iso ? year - 1 : year;
}

/** A Hijri day and month with no year: the latest such day on or before the day after publication. */
export function hijriWithoutYear(published: string, month: number, day: number): string | null {
  const year = hijriYearOf(published);
  const candidate = hijriToIso(year, month, day);
  if (!candidate) return null;
  return candidate > addDays(published, 1) ? hijriToIso(year - 1, month, day) : candidate;
}

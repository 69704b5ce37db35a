/** Whole days between two YYYY-MM-DD dates; Infinity when either is not such a date, so it is never "close". */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function daysBetween(a: string, b: string): number {
  const dayA = dayNumber(a);
  const dayB = dayNumber(b);
  return dayA === null || dayB === null ? Infinity : Math.abs(dayA - dayB);
}

function dayNumber(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2024-02-31 over to March; such a date is malformed, not a March date.
  return new Date(ms).getUTCDate() === day ? ms / DAY_MS : null;
}

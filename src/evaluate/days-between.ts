/** Whole days between two YYYY-MM-DD dates; Infinity when either is not such a date, so it is never "close". */
import { daysBetween as signedDaysBetween, isValidIsoDate } from '../extract/index.js';

export function daysBetween(a: string, b: string): number {
  return isValidIsoDate(a) && isValidIsoDate(b) ? Math.abs(signedDaysBetween(a, b)) : Infinity;
}

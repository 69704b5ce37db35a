/** A date as feeds and pages write it (ISO 8601, RFC 822) → YYYY-MM-DD in UTC, or null when it cannot be read. */
export function toIsoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

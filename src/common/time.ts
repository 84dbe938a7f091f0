/**
 * Timestamps are stored as ISO 8601 UTC strings (fixed width, so they sort and compare as text):
 * the same column type and the same comparisons work on SQLite and PostgreSQL.
 */
export function isoNow(): string {
  return new Date().toISOString();
}

export function isoHoursFromNow(hours: number): string {
  return new Date(Date.now() + hours * 3_600_000).toISOString();
}

import { QueryFailedError } from 'typeorm';

/**
 * A unique constraint refused the write (a race that slipped past a service's own check): on
 * PostgreSQL SQLSTATE 23505, on SQLite "UNIQUE constraint failed". The request conflicts with a
 * record that exists; it is not the service failing.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as unknown as { driverError?: { code?: string } }).driverError;
  return driverError?.code === '23505' || /UNIQUE constraint failed/.test(error.message);
}

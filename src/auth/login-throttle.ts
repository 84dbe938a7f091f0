/**
 * How many wrong passwords an account tolerates before sign-in pauses: after MAX_FAILURES failures
 * since its last successful sign-in within WINDOW, further attempts are refused until the oldest of
 * them leaves the window. Counted in the database, so every instance applies the same limit.
 */
export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

/** Minutes until sign-in is possible again, or 0 when it is allowed now. */
export function lockedForMinutes(failureTimes: readonly string[], now: Date): number {
  if (failureTimes.length < MAX_FAILURES) return 0;
  const oldestCounted = [...failureTimes].sort().at(-MAX_FAILURES)!;
  const unlocksAt = Date.parse(oldestCounted) + WINDOW_MINUTES * 60_000;
  return Math.max(0, Math.ceil((unlocksAt - now.getTime()) / 60_000));
}

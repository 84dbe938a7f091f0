/**
 * When a failed delivery is tried again: exponential backoff, the first retry after `baseMs`, each
 * next one twice as long, never more than `maxMs` apart. With the defaults (30 s, 6 h, 10 attempts)
 * the retries come after 30 s, 1 min, 2, 4, 8, 16, 32 min, 1 h 4 min, 2 h 8 min: a message is given
 * up about 4 h 15 min after its first attempt, long enough to outlast a receiver's deploy or an
 * outage of an afternoon. `attempt` is the number of attempts made so far (1 after the first).
 */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  if (attempt < 1) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 30));
}

/** The whole schedule, for the documentation and the tests: the delay before each retry. */
export function retrySchedule(maxAttempts: number, baseMs: number, maxMs: number): number[] {
  return Array.from({ length: Math.max(0, maxAttempts - 1) }, (_, i) => retryDelayMs(i + 1, baseMs, maxMs));
}

/**
 * When sign-in waits. Guessing is slowed down three ways, each with a delay that doubles with every
 * further failure (never a hard lock the owner cannot get out of):
 * - per account and address: after PAIR_FREE failures from one address, that address waits;
 * - per address: after CLIENT_FREE failures on any accounts (a password spray), the address waits;
 * - per account from unknown addresses: after ACCOUNT_FREE failures from addresses that never signed
 *   in to the account, those addresses wait; the owner's known addresses (a success in the last
 *   KNOWN_DAYS) are not held up by someone else's guessing.
 * Failures older than WINDOW_MINUTES, and those before the account's last success, do not count.
 * Counted in the database, so every instance applies the same limits. For an account, an attempt
 * counts as a failure from the moment it is let through until its password proves right, so at most
 * PAIR_FREE attempts of one account from one address are ever checked at once, however many arrive
 * together. For an address only checked failures count: a newsroom behind one NAT signs in together.
 */
export const WINDOW_MINUTES = 15;
export const KNOWN_DAYS = 30;
export const PAIR_FREE = 10;
export const CLIENT_FREE = 30;
export const ACCOUNT_FREE = 10;

export interface SignInAttempt {
  email: string;
  client: string | null;
  succeeded: boolean;
  /** Let through and not yet checked (its password is being hashed). */
  pending: boolean;
  /** ISO 8601 */
  at: string;
}

/** An attempt still unchecked after this long never finished (the process died): it counts as the failure it most likely was. */
const STALE_PENDING_MS = 60_000;

/** Attempts within the window touching this account or this address, plus whether the address is known to the account. */
export interface SignInRecord {
  email: string;
  client: string;
  recent: SignInAttempt[];
  knownClient: boolean;
}

/** Seconds a failure streak of `failures` makes the next attempt wait after the last of them. */
export function backoffSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(WINDOW_MINUTES * 60, 2 ** (failures - free + 1));
}

/** Seconds to wait before this attempt may be tried, or 0. */
export function secondsToWait(record: SignInRecord, now: Date): number {
  const windowStart = now.getTime() - WINDOW_MINUTES * 60_000;
  const recent = record.recent.filter((a) => Date.parse(a.at) > windowStart).sort((a, b) => a.at.localeCompare(b.at));
  const failed = (a: SignInAttempt) => !a.succeeded && (!a.pending || now.getTime() - Date.parse(a.at) > STALE_PENDING_MS);
  const forAccount = recent.filter((a) => a.email === record.email);
  const lastSuccess = forAccount.map((a) => a.succeeded).lastIndexOf(true);
  const accountFailures = forAccount.slice(lastSuccess + 1).filter((a) => !a.succeeded);
  const streaks = [
    { failures: accountFailures.filter((a) => a.client === record.client), free: PAIR_FREE },
    { failures: recent.filter((a) => a.client === record.client && failed(a)), free: CLIENT_FREE },
    ...(record.knownClient ? [] : [{ failures: accountFailures, free: ACCOUNT_FREE }]),
  ];
  let wait = 0;
  for (const { failures, free } of streaks) {
    const delay = backoffSeconds(failures.length, free);
    if (delay === 0) continue;
    const since = (now.getTime() - Date.parse(failures[failures.length - 1].at)) / 1000;
    wait = Math.max(wait, Math.ceil(delay - since));
  }
  return Math.max(0, wait);
}

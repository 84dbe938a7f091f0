import { createHash } from 'node:crypto';
import { isIP } from 'node:net';

/** login_attempts.client is varchar(64). */
export const MAX_CLIENT_LENGTH = 64;

/**
 * The client address sign-in throttling counts by. Behind a trusted proxy it is read from
 * X-Forwarded-For, which a client can fill with anything: an IP address is kept as it is; anything
 * else (or an address with an over-long zone) stands as a short fingerprint of itself, so the same
 * header still counts as one client and nothing longer than its column reaches the database.
 */
export function clientKey(ip: string | undefined): string {
  const value = ip ?? '';
  if (isIP(value) !== 0 && value.length <= MAX_CLIENT_LENGTH) return value;
  return `forged:${createHash('sha256').update(value).digest('hex').slice(0, 40)}`;
}

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks (standardwebhooks.com, spec "Signature scheme"): the secret is `whsec_` and the
 * base64 of the key; the signed content is `${webhook-id}.${webhook-timestamp}.${body}`; the
 * `webhook-signature` header is a space-separated list of `v1,<base64 HMAC-SHA256>`. (The tests
 * check deliveries with a receiver of their own, written from the spec, not with these.)
 */
export const SECRET_PREFIX = 'whsec_';

/** A new secret: 24 random bytes (the spec asks for 24 to 64). */
export function generateSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(24).toString('base64')}`;
}

/** The key bytes of a secret; a secret given without the prefix is taken as base64 all the same. */
export function secretKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** Whether a secret a subscriber chose is one the spec allows: base64 of 24 to 64 bytes, with or without `whsec_`. */
export function isValidSecret(secret: string): boolean {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return false;
  const bytes = Buffer.from(encoded, 'base64').length;
  return bytes >= 24 && bytes <= 64;
}

/** The `webhook-signature` header value for one delivery attempt. */
export function signature(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secretKey(secret)).update(`${messageId}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** Checks a header against the secret (any listed v1 signature may match), constant-time per candidate. */
export function verifySignature(secret: string, messageId: string, timestampSeconds: number, body: string, header: string): boolean {
  const expected = Buffer.from(signature(secret, messageId, timestampSeconds, body));
  return header.split(' ').some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

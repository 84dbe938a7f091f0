import { createHash } from 'node:crypto';

/**
 * The fingerprint that makes a second import of the same article a duplicate. Unicode form and
 * line endings are normalised so that the same text pasted from a Mac or a CMS is still the same text.
 */
export function contentHash(body: string): string {
  const normalised = body.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(normalised).digest('hex');
}

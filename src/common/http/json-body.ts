import { UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parse as parseQueryString } from 'node:querystring';
import { findUnsafeInput, unsafeInputError } from './safe-input';

/** The charset parameter of a Content-Type header, lower-cased and unquoted; null when there is none. */
export function charsetOf(contentType: string | undefined): string | null {
  for (const parameter of (contentType ?? '').split(';').slice(1)) {
    const [name, ...value] = parameter.split('=');
    if (name.trim().toLowerCase() === 'charset') return value.join('=').trim().replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return null;
}

const UTF8 = new Set(['utf-8', 'utf8']);

/**
 * Request bodies, parsed once and checked before any of Nest's (recursive) pipes see them:
 * - JSON is UTF-8 (RFC 8259): a body declared in another charset (`charset=utf-16`) is refused
 *   with 415 instead of being read as UTF-8 and turned into something else;
 * - JSON through Fastify's own secure JSON parse (prototype poisoning refused), then one iterative walk that
 *   refuses bodies nested deeper than MAX_INPUT_DEPTH and strings with NUL or lone surrogates (400);
 * - HTML form bodies as Nest's default parser reads them (flat: strings and arrays of strings).
 * Nest's own body parsers are switched off (bodyParser: false) so these are the only ones.
 */
export function registerBodyParsers(fastify: FastifyInstance, bodyLimit: number): void {
  const secureJsonParse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (request: FastifyRequest, body: string, done) => {
    const charset = charsetOf(request.headers['content-type']);
    if (charset !== null && !UTF8.has(charset)) {
      done(new UnsupportedMediaTypeException(`JSON bodies must be UTF-8; this one is declared charset=${charset}.`), undefined);
      return;
    }
    secureJsonParse(request, body, (error: Error | null, parsed?: unknown) => {
      if (error) return done(error, undefined);
      const found = findUnsafeInput(parsed);
      if (found) return done(unsafeInputError(found), undefined);
      done(null, parsed);
    });
  });
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit }, (_request: FastifyRequest, body: string, done) => {
    const parsed = parseQueryString(body);
    const found = findUnsafeInput(parsed);
    if (found) return done(unsafeInputError(found), undefined);
    done(null, parsed);
  });
}

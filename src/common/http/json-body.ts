import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parse as parseQueryString } from 'node:querystring';
import { findUnsafeInput, unsafeInputError } from './safe-input';

/**
 * Request bodies, parsed once and checked before any of Nest's (recursive) pipes see them:
 * - JSON through Fastify's own secure JSON parse (prototype poisoning refused), then one iterative walk that
 *   refuses bodies nested deeper than MAX_INPUT_DEPTH and strings with NUL or lone surrogates (400);
 * - HTML form bodies as Nest's default parser reads them (flat: strings and arrays of strings).
 * Nest's own body parsers are switched off (bodyParser: false) so these are the only ones.
 */
export function registerBodyParsers(fastify: FastifyInstance, bodyLimit: number): void {
  const secureJsonParse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (request: FastifyRequest, body: string, done) => {
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

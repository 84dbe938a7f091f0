import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * HTML this service did not write itself with a policy of its own (an error page, anything new):
 * nothing may load, run or frame it.
 */
export const DEFAULT_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Swagger UI (@nestjs/swagger's page at /api/docs): its scripts and stylesheet are files from this
 * origin and the spec is inlined in swagger-ui-init.js, so scripts need nothing but 'self'. The page
 * has <style> blocks and Swagger UI sets style attributes, so styles need 'unsafe-inline'; its icons
 * are data: images; "Try it out" calls this origin. Nothing may frame it.
 */
export const SWAGGER_UI_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Where a document's links may carry its address: within the desk only (as the desk's pages already say). */
export const REFERRER_POLICY = 'same-origin';

/** The headers every response carries, whatever answered it. */
export const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': REFERRER_POLICY } as const;

const isHtml = (contentType: unknown) => /^\s*text\/html\b/i.test(String(contentType ?? ''));

/**
 * Security headers for every response, in one place:
 * - X-Content-Type-Options: nosniff and a Referrer-Policy, set on the raw response as the request
 *   comes in, so that replies written past Fastify (the server-sent events stream) and early errors
 *   carry them too; a route may still set its own Referrer-Policy;
 * - for HTML, a Content-Security-Policy: Swagger UI's below `docsPath`, a deny-all one for HTML that
 *   came without a policy, and frame-ancestors 'none' added to a route's own policy that lacks it
 *   (a <meta> CSP cannot forbid framing).
 */
export function registerSecurityHeaders(fastify: FastifyInstance, docsPath: string): void {
  const docs = `/${docsPath.replace(/^\/+|\/+$/g, '')}`;
  fastify.addHook('onRequest', async (_request: FastifyRequest, reply: FastifyReply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.raw.setHeader(name, value);
  });
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isHtml(reply.getHeader('content-type'))) return;
    const own = reply.getHeader('content-security-policy');
    if (typeof own === 'string' && own.trim() !== '') {
      if (!/(^|;)\s*frame-ancestors\s/i.test(own)) reply.header('content-security-policy', `${own.replace(/;\s*$/, '')}; frame-ancestors 'none'`);
      return;
    }
    const path = request.url.split('?')[0];
    reply.header('content-security-policy', path === docs || path.startsWith(`${docs}/`) ? SWAGGER_UI_CSP : DEFAULT_HTML_CSP);
  });
}

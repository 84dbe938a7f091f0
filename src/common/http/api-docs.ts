import type { OpenAPIObject } from '@nestjs/swagger';

type Operation = {
  summary?: string;
  parameters?: { in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
};

/** RFC 9457 problem details as this service writes them (problem-details.filter.ts). */
export const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', example: 'about:blank' },
    title: { type: 'string', example: 'Conflict' },
    status: { type: 'integer', example: 409 },
    detail: { type: 'string', description: 'What went wrong, for a person' },
    instance: { type: 'string', description: 'The request path' },
    errors: {
      type: 'array', description: '400: every invalid input, by its field path',
      items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string', example: 'version' }, message: { type: 'string' } } },
    },
    rule: { type: 'string', description: 'The product rule that refused the request (409, 422)', example: 'optimistic-concurrency' },
    currentVersion: { type: 'integer', description: '409 stale version: the claim\'s current version' },
    retryAfterSeconds: { type: 'integer', description: '429: when to try again (also in Retry-After)' },
  },
};

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/** What each error status means on this API. */
const MEANING: Record<number, string> = {
  400: 'Invalid input: `errors` names each invalid field by its path',
  401: 'No valid bearer token (or session)',
  403: 'Your role may not do this',
  404: 'No such resource',
  409: 'The resource\'s state forbids it: a stale `version` (`currentVersion` says the current one), a duplicate, or a rule of the workflow (`rule`)',
  413: 'The request body is larger than BODY_LIMIT_BYTES',
  415: 'The body is not JSON in UTF-8',
  422: 'A product rule refuses the request (`rule` names it)',
  429: 'Too many attempts: wait as Retry-After says',
};

/** The error statuses an operation can answer, from what it takes and who may call it. */
function errorStatuses(path: string, method: string, operation: Operation): number[] {
  const statuses = new Set<number>();
  if (operation.parameters?.length || operation.requestBody || path.includes('{')) statuses.add(400);
  if (operation.security?.length) statuses.add(401).add(403);
  if (path.includes('{')) statuses.add(404);
  if (WRITES.has(method)) statuses.add(409).add(422);
  if (operation.requestBody) statuses.add(413).add(415);
  if (path === '/api/auth/login' || path === '/api/stats/stream') statuses.add(429);
  return [...statuses].sort();
}

/**
 * Documents every operation's errors with the one problem+json schema, and says what the bearer
 * token is. Done once over the generated document, so no route can be left out; every operation
 * must also carry a summary of its own (the e2e test over /api/docs-json holds both).
 */
export function documentErrors(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA as object },
    securitySchemes: {
      ...document.components?.securitySchemes,
      bearer: {
        type: 'http', scheme: 'bearer',
        description: 'An opaque session token from POST /api/auth/login (random, not a JWT: nothing to decode). Send `Authorization: Bearer <token>`; it ends at sign-out or after TOKEN_TTL_HOURS.',
      },
    },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const operation = value as Operation;
      for (const status of errorStatuses(path, method, operation)) {
        operation.responses[String(status)] = {
          description: operation.responses[String(status)]?.description ?? MEANING[status],
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
    }
  }
  return document;
}

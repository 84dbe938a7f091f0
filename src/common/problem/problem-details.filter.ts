import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { isUniqueViolation } from '../../database/db-errors';
import { DomainError, DomainErrorKind } from './domain-error';

/** RFC 9457 problem details; `errors` lists every invalid field by its path. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

type ProblemCore = Pick<ProblemDetails, 'title' | 'status' | 'detail' | 'errors'>;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The one place domain refusals become HTTP statuses. */
const STATUS_OF: Record<DomainErrorKind, number> = {
  'bad-request': 400, unauthorized: 401, forbidden: 403, 'not-found': 404, conflict: 409, rule: 422, 'too-many-requests': 429,
};

function fromHttpException(exception: HttpException): ProblemCore {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null) {
    const body = response as Record<string, unknown>;
    const errors = Array.isArray(body.errors) ? (body.errors as ProblemDetails['errors']) : undefined;
    const message = Array.isArray(body.message) ? body.message.join('; ') : String(body.message ?? exception.message);
    return { title: TITLES[status] ?? String(body.error ?? 'Error'), status, detail: message, ...(errors ? { errors } : {}) };
  }
  return { title: TITLES[status] ?? 'Error', status, detail: String(response) };
}

/** Errors raised by Fastify itself before Nest sees the request: malformed JSON, oversized body, wrong media type. */
function fromFrameworkError(exception: { statusCode: number; message: string; code?: string }): ProblemCore {
  const status = exception.statusCode;
  let detail = exception.message;
  if (exception.code === 'FST_ERR_CTP_BODY_TOO_LARGE') detail = 'The request body is larger than this service accepts.';
  else if (exception.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || /JSON/.test(exception.message)) detail = `The request body is not valid JSON: ${exception.message}`;
  return { title: TITLES[status] ?? 'Error', status, detail };
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<{ url: string; id?: string }>();
    const reply = context.getResponse<{ status(code: number): any; header(name: string, value: string): any; send(body: unknown): void }>();
    const problem = toProblem(exception);
    if (problem.status >= 500) this.logger.error({ msg: 'unhandled error', requestId: request.id, err: exception instanceof Error ? exception.stack : String(exception) });
    if (typeof problem.retryAfterSeconds === 'number') reply.header('retry-after', String(problem.retryAfterSeconds));
    reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send({ ...problem, instance: request.url });
  }
}

/** Shared by the Nest filter and Fastify's own error handler (errors raised before Nest routes a request). */
export function toProblem(exception: unknown): ProblemDetails {
  const type = 'about:blank';
  if (exception instanceof DomainError) {
    const status = STATUS_OF[exception.kind];
    return { type, title: TITLES[status], status, detail: exception.message, ...exception.extensions };
  }
  if (exception instanceof HttpException) return { type, ...fromHttpException(exception) };
  if (isUniqueViolation(exception)) {
    return { type, title: 'Conflict', status: 409, detail: 'The record conflicts with one that already exists.' };
  }
  const maybe = exception as { statusCode?: unknown; message?: unknown };
  if (typeof maybe?.statusCode === 'number' && maybe.statusCode >= 400 && maybe.statusCode < 500) {
    return { type, ...fromFrameworkError(exception as { statusCode: number; message: string }) };
  }
  return { type, title: TITLES[500], status: 500, detail: 'The service failed to handle this request; it has been logged.' };
}

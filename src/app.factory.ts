import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { AppConfig, loadAppConfig } from './config/app-config';
import { ProblemDetailsFilter, toProblem } from './common/problem/problem-details.filter';
import { validationExceptionFactory } from './common/problem/validation-errors';
import { registerBodyParsers } from './common/http/json-body';
import { RejectUnsafeInputPipe } from './common/http/safe-input.pipe';
import { registerSecurityHeaders, SECURITY_HEADERS } from './common/http/security-headers';
import { StrictValidationPipe } from './common/http/strict-validation.pipe';
import { documentErrors } from './common/http/api-docs';
import { ARTICLE_REPORT_JSON_SCHEMA, toOpenApi30Schema } from './exports/formats';
import { WEB_ROUTES_OUTSIDE_API } from './web/web.module';

/** Swagger UI; its OpenAPI document is at `${DOCS_PATH}-json`. */
const DOCS_PATH = 'api/docs';

export interface AppOptions {
  config?: AppConfig;
  /** Fastify's request log (JSON lines with request id); off in tests. */
  requestLog?: boolean;
  logLevels?: LogLevel[] | false;
}

/** Builds the app exactly as it runs in production; main.ts and the e2e tests both use it. */
export async function createApp(options: AppOptions = {}): Promise<NestFastifyApplication> {
  const config = options.config ?? loadAppConfig();
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Slow clients (a body dripped a byte at a time, headers that never end) must not hold a
    // connection for minutes. Node's request and headers timeouts bound *receiving* the request;
    // the response (the live stats stream, a long export) is not limited by them, only by the idle
    // connection timeout, which the stream's 25 s pings stay under.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: config.headersTimeoutMs,
      // Node looks for expired requests every 30 s by default, which would let a 10 s timeout last 40 s.
      connectionsCheckingInterval: Math.min(1_000, config.headersTimeoutMs),
    },
    logger: options.requestLog ?? true,
    // What the router refuses itself, before any hook or route runs (a percent-encoding that is not
    // UTF-8, a path parameter over its length limit), is answered like every other refusal.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const problem = toProblem(error);
      void reply.code(problem.status).headers(SECURITY_HEADERS).header('content-type', 'application/problem+json; charset=utf-8').send({ ...problem, instance: request.url });
    },
    // Honour a request id set by a proxy, else make one; it is logged with every line and echoed back.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
    },
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Bodies are parsed and checked (charset, depth, NUL, lone surrogates) by our own parsers only.
  registerBodyParsers(fastify, config.bodyLimitBytes);
  registerSecurityHeaders(fastify, DOCS_PATH);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), adapter, {
    bodyParser: false,
    logger: options.logLevels === false ? false : new ConsoleLogger({ json: true, logLevels: options.logLevels ?? ['log', 'warn', 'error'] }),
    abortOnError: false,
  });
  configureApp(app);
  await app.init();
  await fastify.ready();
  return app;
}

export function configureApp(app: NestFastifyApplication): void {
  // The web desk's pages live outside /api, beside /health.
  app.setGlobalPrefix('api', { exclude: ['health', ...WEB_ROUTES_OUTSIDE_API] });
  app.useGlobalPipes(
    new RejectUnsafeInputPipe(),
    new StrictValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationExceptionFactory }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Claimtrack API')
      .setDescription('Fact-check and source-attribution tracker for newsrooms. Offsets are Unicode code points; errors are RFC 9457 problem+json.')
      .setVersion('1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer' }, 'bearer')
      .build(),
  );
  // The JSON export's versioned schema is hand-written beside the exporter; publish it with the API.
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ArticleReport: toOpenApi30Schema(ARTICLE_REPORT_JSON_SCHEMA) as object } };
  SwaggerModule.setup(DOCS_PATH, app, documentErrors(document), { jsonDocumentUrl: `${DOCS_PATH}-json` });
}

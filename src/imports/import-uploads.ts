import multipart from '@fastify/multipart';
import { Inject, Injectable, OnModuleInit, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { charsetOf } from '../common/http/json-body';
import { BadRequestError } from '../common/problem/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const IMPORTS_ROUTE = '/api/imports';

/** The media types a JSON Lines body may be sent as (there is no registered one; these are the ones in use). */
export const JSON_LINES_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/json-lines'];

/**
 * Bodies of POST /api/imports: JSON Lines as the request body, or a file in multipart/form-data
 * (@fastify/multipart), each up to IMPORT_BODY_LIMIT_BYTES (larger than other requests' limit:
 * an archive of articles is megabytes). The text must be UTF-8.
 */
@Injectable()
export class ImportUploads implements OnModuleInit {
  private readonly limit: number;

  constructor(
    private readonly adapter: HttpAdapterHost,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.limit = config.getOrThrow<AppConfig>(APP_CONFIG).intake.importBodyLimitBytes;
  }

  onModuleInit(): void {
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    fastify.addContentTypeParser(JSON_LINES_TYPES, { parseAs: 'string', bodyLimit: this.limit }, (request, body, done) => {
      const charset = charsetOf(request.headers['content-type']);
      if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') return done(new UnsupportedMediaTypeException(`JSON Lines must be UTF-8; this body is declared charset=${charset}.`), undefined);
      done(null, body);
    });
    void fastify.register(multipart, { limits: { fileSize: this.limit, files: 1, fields: 5, parts: 6 } });
    // These media types are for imports only: elsewhere they are refused before anything else runs, as before.
    fastify.addHook('onRequest', async (request) => {
      if (request.method === 'POST' && request.routeOptions.url === IMPORTS_ROUTE) return;
      const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (type === 'multipart/form-data' || JSON_LINES_TYPES.includes(type)) {
        throw new UnsupportedMediaTypeException(`${type} is accepted only by POST ${IMPORTS_ROUTE}; send JSON here.`);
      }
    });
  }

  /** The upload's text and where it came from (`api` or the file's name). */
  async read(request: FastifyRequest): Promise<{ text: string; origin: string }> {
    if (request.isMultipart?.()) {
      const file = await request.file();
      if (!file) throw new BadRequestError('The form holds no file: send the JSON Lines file in a field named file.', { errors: [{ path: 'file', message: 'missing' }] });
      const buffer = await file.toBuffer().catch((error: { statusCode?: number; message: string }) => {
        throw error.statusCode === 413 ? new PayloadTooLargeException(`The file is larger than ${this.limit} bytes (IMPORT_BODY_LIMIT_BYTES).`) : error;
      });
      return { text: decodeUtf8(buffer), origin: file.filename || 'upload' };
    }
    if (typeof request.body !== 'string') {
      throw new UnsupportedMediaTypeException(`Send JSON Lines as ${JSON_LINES_TYPES[0]} (one article per line), or a file as multipart/form-data.`);
    }
    return { text: request.body, origin: 'api' };
  }
}

function decodeUtf8(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new BadRequestError('The file is not UTF-8 text.', { errors: [{ path: 'file', message: 'not UTF-8' }] });
  }
}

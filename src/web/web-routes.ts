import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseId } from '../common/http/ids';
import { toProblem } from '../common/problem/problem-details.filter';
import { DeskPages } from './desk-pages';
import { errorPage } from './pages/error.page';
import { importPage, inboxPage } from './pages/intake.page';
import { hasRole } from '../common/vocabulary';
import { anonymousWords, PageSession, Reader, sendPage } from './page-session';
import { SourcePages } from './source-pages';

/**
 * The page routes, registered on Fastify directly. Nest's global prefix cannot tell a page
 * `/articles` from the API's `/api/articles`: excluding a path excludes it for every controller
 * (the API's GET /articles would then clash with the page). Pages need none of the API's machinery
 * anyway: no guard (PageSession answers with a redirect to /login), no JSON validation, and errors
 * become an HTML page instead of problem+json.
 */
@Injectable()
export class WebRoutes implements OnModuleInit {
  private readonly logger = new Logger(WebRoutes.name);

  constructor(
    private readonly adapter: HttpAdapterHost,
    private readonly session: PageSession,
    private readonly desk: DeskPages,
    private readonly sources: SourcePages,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    const page = (path: string, handler: (request: FastifyRequest, reply: FastifyReply) => Promise<void>) =>
      fastify.get(path, async (request, reply) => {
        try {
          await handler(request, reply);
        } catch (error) {
          await this.fail(request, reply, error);
        }
      });
    /** Pages are for signed-in readers: without a session the reader is sent to sign in and the handler does not run. */
    const signedIn = (handler: (reader: Reader, query: Record<string, unknown>, reply: FastifyReply) => Promise<void>) => async (request: FastifyRequest, reply: FastifyReply) => {
      const reader = await this.session.require(request, reply);
      if (reader) await handler(reader, request.query as Record<string, unknown>, reply);
    };
    /** A page about one record: an id that cannot be one is a missing page, whoever asks. */
    const byId = (handler: (id: number, reader: Reader, reply: FastifyReply) => Promise<void>) => async (request: FastifyRequest, reply: FastifyReply) => {
      const id = parseId((request.params as { id: string }).id);
      if (id === null) throw Object.assign(new Error(`There is no page ${request.url}`), { statusCode: 404 });
      await signedIn((reader, _query, pageReply) => handler(id, reader, pageReply))(request, reply);
    };
    page('/', signedIn((reader, _query, reply) => this.desk.dashboard(reader, reply)));
    page('/claims', signedIn((reader, query, reply) => this.desk.claimQueue(reader, query, reply)));
    page('/articles', signedIn((reader, query, reply) => this.desk.articleList(reader, query, reply)));
    page('/articles/:id', byId((id, reader, reply) => this.desk.article(id, reader, reply)));
    page('/claims/:id', byId((id, _reader, reply) => this.desk.claim(id, reply)));
    page('/sources', signedIn((reader, query, reply) => this.sources.sourceList(reader, query, reply)));
    page('/sources/:id', byId((id, reader, reply) => this.sources.source(id, reader, reply)));
    page('/settings', signedIn((reader, _query, reply) => this.desk.settings(reader, reply)));
    page('/import', signedIn(async (reader, _query, reply) => {
      if (!hasRole(reader.actor.role, 'editor')) throw Object.assign(new Error(reader.m.intake.editorsOnly), { statusCode: 403 });
      sendPage(reply, importPage(reader));
    }));
    page('/inbox', signedIn(async (reader, _query, reply) => sendPage(reply, inboxPage(reader))));
  }

  private async fail(request: FastifyRequest, reply: FastifyReply, error: unknown): Promise<void> {
    const problem = toProblem(error);
    if (problem.status >= 500) this.logger.error({ msg: 'page failed', requestId: request.id, err: error instanceof Error ? error.stack : String(error) });
    if (reply.sent) return;
    const reader = await this.session.readerOf(request).catch(() => null);
    sendPage(reply, errorPage(reader ?? { actor: null, timeZone: null, ...anonymousWords(request) }, problem.status, problem.title, problem.detail), problem.status);
  }
}

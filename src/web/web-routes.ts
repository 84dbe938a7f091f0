import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../common/vocabulary';
import { parseId } from '../common/http/ids';
import { toProblem } from '../common/problem/problem-details.filter';
import { DeskPages } from './desk-pages';
import { errorPage } from './pages/error.page';
import { importPage, inboxPage } from './pages/intake.page';
import { hasRole } from '../common/vocabulary';
import { PageSession, sendPage } from './page-session';
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
    const signedIn = (handler: (actor: Actor, query: Record<string, unknown>, reply: FastifyReply) => Promise<void>) => async (request: FastifyRequest, reply: FastifyReply) => {
      const actor = await this.session.require(request, reply);
      if (actor) await handler(actor, request.query as Record<string, unknown>, reply);
    };
    /** A page about one record: an id that cannot be one is a missing page, whoever asks. */
    const byId = (handler: (id: number, actor: Actor, reply: FastifyReply) => Promise<void>) => async (request: FastifyRequest, reply: FastifyReply) => {
      const id = parseId((request.params as { id: string }).id);
      if (id === null) throw Object.assign(new Error(`There is no page ${request.url}`), { statusCode: 404 });
      await signedIn((actor, _query, pageReply) => handler(id, actor, pageReply))(request, reply);
    };
    page('/', signedIn((actor, _query, reply) => this.desk.dashboard(actor, reply)));
    page('/articles', signedIn((actor, query, reply) => this.desk.articleList(actor, query, reply)));
    page('/articles/:id', byId((id, actor, reply) => this.desk.article(id, actor, reply)));
    page('/claims/:id', byId((id, _actor, reply) => this.desk.claim(id, reply)));
    page('/sources', signedIn((actor, query, reply) => this.sources.sourceList(actor, query, reply)));
    page('/sources/:id', byId((id, actor, reply) => this.sources.source(id, actor, reply)));
    page('/import', signedIn(async (actor, _query, reply) => {
      if (!hasRole(actor.role, 'editor')) throw Object.assign(new Error('Importing articles needs the editor role.'), { statusCode: 403 });
      sendPage(reply, importPage(actor));
    }));
    page('/inbox', signedIn(async (actor, _query, reply) => sendPage(reply, inboxPage(actor))));
  }

  private async fail(request: FastifyRequest, reply: FastifyReply, error: unknown): Promise<void> {
    const problem = toProblem(error);
    if (problem.status >= 500) this.logger.error({ msg: 'page failed', requestId: request.id, err: error instanceof Error ? error.stack : String(error) });
    if (reply.sent) return;
    sendPage(reply, errorPage(await this.session.actorOf(request).catch(() => null), problem.status, problem.title, problem.detail), problem.status);
  }
}

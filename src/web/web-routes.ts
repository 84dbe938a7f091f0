import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from '../common/problem/problem-details.filter';
import { DeskPages } from './desk-pages';
import { errorPage } from './pages/error.page';
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
    const query = (request: FastifyRequest) => request as FastifyRequest<{ Querystring: Record<string, unknown> }>;
    const byId = (handler: (id: number, request: FastifyRequest, reply: FastifyReply) => Promise<void>) => async (request: FastifyRequest, reply: FastifyReply) => {
      const raw = (request.params as { id: string }).id;
      if (!/^[1-9]\d{0,14}$/.test(raw)) throw Object.assign(new Error(`There is no page ${request.url}`), { statusCode: 404 });
      await handler(Number(raw), request, reply);
    };
    page('/', (request, reply) => this.desk.dashboard(request, reply));
    page('/articles', (request, reply) => this.desk.articleList(query(request), reply));
    page('/articles/:id', byId((id, request, reply) => this.desk.article(id, request, reply)));
    page('/claims/:id', byId((id, request, reply) => this.desk.claim(id, request, reply)));
    page('/sources', (request, reply) => this.sources.sourceList(query(request), reply));
    page('/sources/:id', byId((id, request, reply) => this.sources.source(id, request, reply)));
  }

  private async fail(request: FastifyRequest, reply: FastifyReply, error: unknown): Promise<void> {
    const problem = toProblem(error);
    if (problem.status >= 500) this.logger.error({ msg: 'page failed', requestId: request.id, err: error instanceof Error ? error.stack : String(error) });
    if (reply.sent) return;
    sendPage(reply, errorPage(await this.session.actorOf(request).catch(() => null), problem.status, problem.title, problem.detail), problem.status);
  }
}

import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ListSourcesQueryDto } from '../sources/source.dto';
import { SourcesService } from '../sources/sources.service';
import { sourcePage } from './pages/source.page';
import { sourcesPage } from './pages/sources.page';
import { pageQuery } from './page-query';
import { PageSession, sendPage } from './page-session';

/** The source list and a source's record (routes: web-routes.ts). */
@Injectable()
export class SourcePages {
  constructor(
    private readonly session: PageSession,
    private readonly sources: SourcesService,
  ) {}

  async sourceList(request: FastifyRequest<{ Querystring: Record<string, unknown> }>, reply: FastifyReply): Promise<void> {
    const actor = await this.session.require(request, reply);
    if (!actor) return;
    const { query, filters, problem } = await pageQuery(ListSourcesQueryDto, request.query, ['q', 'type', 'cursor']);
    sendPage(reply, sourcesPage(actor, filters, await this.sources.listSources({ ...query, limit: 50 }), problem));
  }

  async source(id: number, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const actor = await this.session.require(request, reply);
    if (!actor) return;
    sendPage(reply, sourcePage(actor, await this.sources.getSource(id)));
  }
}

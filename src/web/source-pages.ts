import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/roles';
import { ListSourcesQueryDto } from '../sources/source.dto';
import { SourcesService } from '../sources/sources.service';
import { sourcePage } from './pages/source.page';
import { sourcesPage } from './pages/sources.page';
import { pageQuery } from './page-query';
import { sendPage } from './page-session';

/** The source list and a source's record (routes: web-routes.ts). */
@Injectable()
export class SourcePages {
  constructor(private readonly sources: SourcesService) {}

  async sourceList(actor: Actor, rawQuery: Record<string, unknown>, reply: FastifyReply): Promise<void> {
    const { query, filters, problem } = await pageQuery(ListSourcesQueryDto, rawQuery, ['q', 'type', 'cursor']);
    sendPage(reply, sourcesPage(actor, filters, await this.sources.listSources({ ...query, limit: 50 }), problem));
  }

  async source(id: number, actor: Actor, reply: FastifyReply): Promise<void> {
    sendPage(reply, sourcePage(actor, await this.sources.getSource(id)));
  }
}

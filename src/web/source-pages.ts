import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { SourceRecordService } from '../dashboard/source-record.service';
import { ListSourcesQueryDto } from '../sources/source.dto';
import { SourcesService } from '../sources/sources.service';
import { sourcePage } from './pages/source.page';
import { sourcesPage } from './pages/sources.page';
import { pageQuery } from './page-query';
import { Reader, sendPage } from './page-session';

/** The source list and a source's record (routes: web-routes.ts). */
@Injectable()
export class SourcePages {
  constructor(
    private readonly sources: SourcesService,
    private readonly records: SourceRecordService,
  ) {}

  async sourceList(reader: Reader, rawQuery: Record<string, unknown>, reply: FastifyReply): Promise<void> {
    const { query, filters, problem } = await pageQuery(ListSourcesQueryDto, rawQuery, ['q', 'type', 'cursor']);
    sendPage(reply, sourcesPage(reader, filters, await this.sources.listSources({ ...query, limit: 50 }), problem));
  }

  async source(id: number, reader: Reader, reply: FastifyReply): Promise<void> {
    const [source, record] = await Promise.all([this.sources.getSource(id), this.records.recordOf(id)]);
    sendPage(reply, sourcePage(reader, source, record));
  }
}

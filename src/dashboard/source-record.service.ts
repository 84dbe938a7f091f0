import { Injectable } from '@nestjs/common';
import { ClaimsRepository } from '../claims/claims.repository';
import { SourcesService } from '../sources/sources.service';
import type { SourceRecordResponseDto } from './source-record.dto';

/** How a source's claims stand: each claim counted once, by status, and the newest of them. */
@Injectable()
export class SourceRecordService {
  constructor(
    private readonly sources: SourcesService,
    private readonly claims: ClaimsRepository,
  ) {}

  async recordOf(sourceId: number): Promise<SourceRecordResponseDto> {
    // 404 for an unknown source; a merged one still has its (now empty) record.
    if (!(await this.sources.summaries([sourceId])).has(sourceId)) await this.sources.findLive(sourceId);
    const { byStatus, claims } = await this.claims.sourceRecord(sourceId);
    return { sourceId, record: { byStatus, total: Object.values(byStatus).reduce((sum, n) => sum + n, 0) }, claims };
  }
}

import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, In } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { attributionsOf, ClaimFilter, claimListQuery } from '../claims/claim-queries';
import { claimFromRow } from '../claims/claim.mapper';
import { claimCsvHeader, claimCsvLine, claimJsonLine, DeskClaimRow } from './formats/desk-stream';

/** Claims per database round trip: large enough to be fast, small enough that memory stays flat. */
const BATCH = 500;

/**
 * The whole desk as CSV or JSON Lines, streamed: it walks the claim list's keyset in batches and
 * writes each row as it goes, so memory stays flat however many claims match.
 */
@Injectable()
export class DeskExport {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  stream(filter: ClaimFilter, format: 'csv' | 'jsonl'): Readable {
    return Readable.from(this.lines(filter, format), { objectMode: false });
  }

  private async *lines(filter: ClaimFilter, format: 'csv' | 'jsonl'): AsyncGenerator<string> {
    if (format === 'csv') yield claimCsvHeader();
    let afterId: number | null = null;
    for (;;) {
      const rows: Record<string, unknown>[] = await claimListQuery(this.manager, filter, afterId, BATCH).getRawMany();
      const batch = rows.slice(0, BATCH).filter((row, index, all) => index === 0 || all[index - 1].c_id !== row.c_id).map(claimFromRow);
      if (batch.length === 0) return;
      const attributions = await attributionsOf(this.manager, batch.map((c) => c.id));
      const articleIds = [...new Set(batch.map((c) => c.articleId))];
      const titles = new Map((await this.manager.getRepository(ArticleEntity).find({ where: { id: In(articleIds) }, select: { id: true, title: true } })).map((a) => [a.id, a.title]));
      let chunk = '';
      for (const claim of batch) {
        const row: DeskClaimRow = {
          id: claim.id, articleId: claim.articleId, articleTitle: titles.get(claim.articleId) ?? '', text: claim.text, kind: claim.kind, status: claim.status,
          origin: claim.origin, exact: claim.quoteExact, start: claim.quoteStart, end: claim.quoteEnd,
          sources: [...new Set((attributions.get(claim.id) ?? []).map((a) => a.sourceName))].join('; '), assigneeId: claim.assigneeId, updatedAt: claim.updatedAt,
        };
        chunk += format === 'csv' ? claimCsvLine(row) : claimJsonLine(row);
      }
      yield chunk;
      if (rows.length <= BATCH) return;
      afterId = Number(rows[BATCH - 1].c_id);
    }
  }
}

import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, In } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { attributionsOf, ClaimFilter, claimListQuery } from '../claims/claim-queries';
import type { ClaimEntity } from '../claims/claim.entity';
import { claimCsvHeader, claimCsvLines, claimJsonLine, DeskClaimRow } from './formats/desk-stream';

/** Claims per database round trip: large enough to be fast, small enough that memory stays flat. */
const BATCH = 500;

const EXPORTED_COLUMNS = [
  'c.id AS "id"', 'c.article_id AS "articleId"', 'c.text AS "text"', 'c.kind AS "kind"', 'c.status AS "status"', 'c.origin AS "origin"',
  'c.quote_exact AS "quoteExact"', 'c.quote_start AS "quoteStart"', 'c.quote_end AS "quoteEnd"', 'c.assignee_id AS "assigneeId"', 'c.updated_at AS "updatedAt"',
];

type ExportedClaim = Pick<ClaimEntity, 'id' | 'articleId' | 'text' | 'kind' | 'status' | 'origin' | 'quoteExact' | 'quoteStart' | 'quoteEnd' | 'assigneeId' | 'updatedAt'>;

function toExportedClaim(row: Record<string, unknown>): ExportedClaim {
  return {
    id: Number(row.id), articleId: Number(row.articleId), text: row.text as string, kind: row.kind as ExportedClaim['kind'], status: row.status as ExportedClaim['status'],
    origin: row.origin as ExportedClaim['origin'], quoteExact: row.quoteExact as string, quoteStart: Number(row.quoteStart), quoteEnd: Number(row.quoteEnd),
    assigneeId: row.assigneeId === null ? null : Number(row.assigneeId), updatedAt: row.updatedAt as string,
  };
}

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
      // Only the columns a row carries: less to read and less garbage per row, which keeps the peak low.
      const rows: Record<string, unknown>[] = await claimListQuery(this.manager, filter, afterId, BATCH).select(EXPORTED_COLUMNS).getRawMany();
      const batch = rows.slice(0, BATCH).filter((row, index, all) => index === 0 || all[index - 1].id !== row.id).map(toExportedClaim);
      if (batch.length === 0) return;
      const attributions = await attributionsOf(this.manager, batch.map((c) => c.id));
      const articleIds = [...new Set(batch.map((c) => c.articleId))];
      const titles = new Map((await this.manager.getRepository(ArticleEntity).find({ where: { id: In(articleIds) }, select: { id: true, title: true } })).map((a) => [a.id, a.title]));
      const deskRows: DeskClaimRow[] = batch.map((claim) => ({
        id: claim.id, articleId: claim.articleId, articleTitle: titles.get(claim.articleId) ?? '', text: claim.text, kind: claim.kind, status: claim.status,
        origin: claim.origin, exact: claim.quoteExact, start: claim.quoteStart, end: claim.quoteEnd,
        sources: [...new Set((attributions.get(claim.id) ?? []).map((a) => a.sourceName))].join('; '), assigneeId: claim.assigneeId, updatedAt: claim.updatedAt,
      }));
      yield format === 'csv' ? claimCsvLines(deskRows) : deskRows.map(claimJsonLine).join('');
      if (rows.length <= BATCH) return;
      afterId = Number(rows[BATCH - 1].id);
    }
  }
}

import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { ArticlesRepository } from '../articles/articles.repository';
import { ClaimFilter, ClaimsRepository } from '../claims/claims.repository';
import { SourcesService } from '../sources/sources.service';
import { SOURCE_SEPARATOR } from './formats/csv';
import { claimCsvHeader, claimCsvLines, claimJsonLine, DeskClaimRow } from './formats/desk-stream';

/** Claims per batch: large enough to be fast, small enough that memory stays flat. */
const BATCH = 500;

/**
 * The whole desk as CSV or JSON Lines, streamed: it walks the claim list's keyset in batches and
 * writes each batch as soon as it arrives, so memory stays flat however many claims match. The
 * claims are read on the connection for long reads (on SQLite its own, unmapped), so an export
 * neither queues behind the desk's reads nor holds them up; titles and source names follow per batch.
 */
@Injectable()
export class DeskExport {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly articles: ArticlesRepository,
    private readonly sources: SourcesService,
  ) {}

  /** `batchSize` is the claims per round trip; only tests set it, to cross batch boundaries on a small desk. */
  stream(filter: ClaimFilter, format: 'csv' | 'jsonl', batchSize = BATCH): Readable {
    return Readable.from(this.chunks(filter, format, batchSize), { objectMode: false });
  }

  private async *chunks(filter: ClaimFilter, format: 'csv' | 'jsonl', batchSize: number): AsyncGenerator<string> {
    if (format === 'csv') yield claimCsvHeader();
    let afterId: number | null = null;
    for (;;) {
      // With a source filter the list walks attributions: a claim cited twice by that source comes twice, adjacent.
      const { claims, attributions } = await this.claims.exportBatch(filter, afterId, batchSize);
      if (claims.length === 0) return;
      afterId = claims[claims.length - 1].id;
      const distinct = claims.filter((claim, index) => index === 0 || claims[index - 1].id !== claim.id);
      const cited = [...attributions.values()].flat();
      const [titles, names] = await Promise.all([this.articles.titles(distinct.map((c) => c.articleId)), this.sources.summaries(cited.map((a) => a.sourceId))]);
      const rows: DeskClaimRow[] = distinct.map((c) => ({
        id: c.id, articleId: c.articleId, articleTitle: titles.get(c.articleId) ?? '', text: c.text, kind: c.kind, status: c.status, origin: c.origin,
        exact: c.quoteExact, start: c.quoteStart, end: c.quoteEnd,
        sources: [...new Set((attributions.get(c.id) ?? []).map((a) => names.get(a.sourceId)?.name).filter((n): n is string => n !== undefined))].join(SOURCE_SEPARATOR),
        assigneeId: c.assigneeId, updatedAt: c.updatedAt,
      }));
      yield format === 'csv' ? claimCsvLines(rows) : rows.map(claimJsonLine).join('');
    }
  }
}

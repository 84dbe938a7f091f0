import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ClaimFilter, claimListQuery } from '../claims/claim-queries';
import { LongReads } from '../database/long-reads';
import { SOURCE_SEPARATOR } from './formats/csv';
import { claimCsvHeader, claimCsvLines, claimJsonLine, DeskClaimRow } from './formats/desk-stream';

/** Claims per database round trip: large enough to be fast, small enough that memory stays flat. */
const BATCH = 500;

/** One row per (claim, attribution) pair: the claim's columns repeat for each of its sources. */
interface JoinedRow {
  id: number | string;
  articleId: number | string;
  articleTitle: string;
  text: string;
  kind: DeskClaimRow['kind'];
  status: DeskClaimRow['status'];
  origin: DeskClaimRow['origin'];
  quoteExact: string;
  quoteStart: number | string;
  quoteEnd: number | string;
  assigneeId: number | string | null;
  updatedAt: string;
  sourceName: string | null;
}

/**
 * The whole desk as CSV or JSON Lines, streamed: it walks the claim list's keyset in batches and
 * writes each batch as soon as it arrives, so memory stays flat however many claims match.
 *
 * Each batch is one query (the page of claims, joined with its article's title and its sources), and
 * the rows are turned into text in the same tick as they arrive. Nothing of a batch is alive while
 * the next one is awaited, so the garbage collector's young generation takes it all and the old
 * generation does not grow with the export.
 */
@Injectable()
export class DeskExport {
  constructor(private readonly longReads: LongReads) {}

  /** `batchSize` is the claims per round trip; only tests set it, to cross batch boundaries on a small desk. */
  stream(filter: ClaimFilter, format: 'csv' | 'jsonl', batchSize = BATCH): Readable {
    return Readable.from(this.chunks(filter, format, batchSize), { objectMode: false });
  }

  private async *chunks(filter: ClaimFilter, format: 'csv' | 'jsonl', batchSize: number): AsyncGenerator<string> {
    const manager = await this.longReads.manager();
    if (format === 'csv') yield claimCsvHeader();
    let afterId: number | null = null;
    for (;;) {
      const batch = groupBySource(await batchQuery(manager, filter, afterId, batchSize).getRawMany<JoinedRow>());
      if (batch.length === 0) return;
      yield format === 'csv' ? claimCsvLines(batch) : batch.map(claimJsonLine).join('');
      afterId = batch[batch.length - 1].id;
    }
  }
}

/** The next page of the claim list (keyset below afterId), with article title and one row per source. */
function batchQuery(manager: EntityManager, filter: ClaimFilter, afterId: number | null, batchSize: number) {
  // With a source filter the list walks attributions, so the page is ordered by a.claim_id; either way it is claim ids, descending.
  const page = claimListQuery(manager, filter, afterId, batchSize).select(filter.sourceId !== undefined ? 'a.claim_id AS "claimId"' : 'c.id AS "claimId"');
  return manager
    .createQueryBuilder()
    .select([
      'c.id AS "id"', 'c.article_id AS "articleId"', 'art.title AS "articleTitle"', 'c.text AS "text"', 'c.kind AS "kind"', 'c.status AS "status"',
      'c.origin AS "origin"', 'c.quote_exact AS "quoteExact"', 'c.quote_start AS "quoteStart"', 'c.quote_end AS "quoteEnd"',
      'c.assignee_id AS "assigneeId"', 'c.updated_at AS "updatedAt"', 's.name AS "sourceName"',
    ])
    .from(`(${page.getQuery()})`, 'page')
    .setParameters(page.getParameters())
    .innerJoin('claims', 'c', 'c.id = page."claimId"')
    .innerJoin('articles', 'art', 'art.id = c.article_id')
    .leftJoin('attributions', 'a', 'a.claim_id = c.id')
    .leftJoin('sources', 's', 's.id = a.source_id')
    .orderBy('c.id', 'DESC')
    .addOrderBy('a.id', 'ASC');
}

/** Joined rows (ordered by claim) to one desk row per claim, its distinct source names joined in citation order. */
function groupBySource(rows: JoinedRow[]): DeskClaimRow[] {
  const claims: DeskClaimRow[] = [];
  let names: string[] = [];
  for (const row of rows) {
    const id = Number(row.id);
    let claim = claims[claims.length - 1];
    if (claim?.id !== id) {
      if (claim) claim.sources = names.join(SOURCE_SEPARATOR);
      names = [];
      claim = {
        id, articleId: Number(row.articleId), articleTitle: row.articleTitle, text: row.text, kind: row.kind, status: row.status, origin: row.origin,
        exact: row.quoteExact, start: Number(row.quoteStart), end: Number(row.quoteEnd), sources: '',
        assigneeId: row.assigneeId === null ? null : Number(row.assigneeId), updatedAt: row.updatedAt,
      };
      claims.push(claim);
    }
    if (row.sourceName !== null && !names.includes(row.sourceName)) names.push(row.sourceName);
  }
  if (claims.length > 0) claims[claims.length - 1].sources = names.join(SOURCE_SEPARATOR);
  return claims;
}

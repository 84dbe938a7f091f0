import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AttributionEntity } from './attribution.entity';
import { ClaimEntity } from './claim.entity';
import type { AttributionRow } from './claim.mapper';
import type { ClaimKind, ClaimOrigin } from '../common/vocabulary';
import type { ClaimStatus } from '../common/vocabulary';

export interface ClaimFilter {
  articleId?: number;
  status?: ClaimStatus;
  sourceId?: number;
  assigneeId?: number;
  kind?: ClaimKind;
  origin?: ClaimOrigin;
  orphaned?: boolean;
  text?: string;
}

/**
 * The desk's claim list, newest first, paged by keyset (id < cursor) so that every page is an index
 * seek, on page 1 as on page 1000. With a source filter the walk starts from that source's
 * attributions (index on source_id, claim_id), so a frequently cited source costs no more than a rare
 * one; a claim attributed to one source in two roles then appears twice, adjacent, and the caller
 * drops the repeat. At most `rows` rows: a paged list asks for one more than it shows, which tells
 * whether there is a next page (toPage). Exported on its own so the benchmark's baseline runs exactly this SQL.
 */
export function claimListQuery(manager: EntityManager, filter: ClaimFilter, afterId: number | null, rows: number): SelectQueryBuilder<ClaimEntity> {
  const query = manager.getRepository(ClaimEntity).createQueryBuilder('c');
  const orderColumn = filter.sourceId !== undefined ? 'a.claim_id' : 'c.id';
  if (filter.sourceId !== undefined) {
    query.innerJoin(AttributionEntity, 'a', 'a.claim_id = c.id').andWhere('a.source_id = :sourceId', { sourceId: filter.sourceId });
  }
  if (filter.articleId !== undefined) query.andWhere('c.article_id = :articleId', { articleId: filter.articleId });
  if (filter.status !== undefined) query.andWhere('c.status = :status', { status: filter.status });
  if (filter.assigneeId !== undefined) query.andWhere('c.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
  if (filter.kind !== undefined) query.andWhere('c.kind = :kind', { kind: filter.kind });
  if (filter.origin !== undefined) query.andWhere('c.origin = :origin', { origin: filter.origin });
  if (filter.orphaned !== undefined) query.andWhere('c.orphaned = :orphaned', { orphaned: filter.orphaned });
  if (filter.text !== undefined) query.andWhere("LOWER(c.text) LIKE :text ESCAPE '\\'", { text: `%${escapeLike(filter.text.toLowerCase())}%` });
  if (afterId !== null) query.andWhere(`${orderColumn} < :afterId`, { afterId });
  return query.orderBy(orderColumn, 'DESC').limit(rows);
}

/** LIKE wildcards typed by a user are literal characters, not patterns. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Attributions of a set of claims with their sources' names: one query for a whole page. */
export async function attributionsOf(manager: EntityManager, claimIds: number[]): Promise<Map<number, AttributionRow[]>> {
  const byClaim = new Map<number, AttributionRow[]>(claimIds.map((id) => [id, []]));
  if (claimIds.length === 0) return byClaim;
  const rows = await attributionRowsQuery(manager, claimIds).getRawMany<AttributionRow>();
  for (const row of rows) byClaim.get(Number(row.claimId))?.push({ ...row, id: Number(row.id), claimId: Number(row.claimId), sourceId: Number(row.sourceId) });
  return byClaim;
}

export function attributionRowsQuery(manager: EntityManager, claimIds: number[]) {
  return manager
    .getRepository(AttributionEntity)
    .createQueryBuilder('a')
    .innerJoin('sources', 's', 's.id = a.source_id')
    .select([
      'a.id AS "id"', 'a.claim_id AS "claimId"', 'a.role AS "role"', 'a.cue AS "cue"',
      's.id AS "sourceId"', 's.name AS "sourceName"', 's.type AS "sourceType"',
    ])
    .where('a.claim_id IN (:...claimIds)', { claimIds })
    .orderBy('a.id', 'ASC');
}

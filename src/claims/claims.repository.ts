import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import type { ClaimKind, ClaimOrigin, ClaimStatus } from '../common/vocabulary';
import { Database } from '../database/database';
import { inList, listValue, runNamed } from '../database/named-sql';
import type { Dialect, WriteTx } from '../database/write-tx';
import { AttributionEntity } from './attribution.entity';
import { ClaimEntity } from './claim.entity';
import { claimFromRow } from './claim.mapper';

export type NewClaimRow = Omit<ClaimEntity, 'id'>;
export type NewAttributionRow = Omit<AttributionEntity, 'id'>;

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
 * drops the repeat. Claims of deleted articles are not on the desk. At most `rows` rows. Hand-written
 * SQL with named parameters (named-sql.ts): one statement text per shape of filter, reused; exported
 * so the benchmark's baseline runs exactly it.
 */
export function claimListStatement(filter: ClaimFilter, afterId: number | null, rows: number): { text: string; params: Record<string, unknown> } {
  const orderColumn = filter.sourceId !== undefined ? 'a.claim_id' : 'c.id';
  const where = ['c.article_deleted = :deleted'];
  const params: Record<string, unknown> = { deleted: false };
  const add = (condition: string, name: keyof ClaimFilter | 'afterId', value: unknown) => {
    where.push(condition);
    params[name] = value;
  };
  if (filter.sourceId !== undefined) add('a.source_id = :sourceId', 'sourceId', filter.sourceId);
  if (filter.articleId !== undefined) add('c.article_id = :articleId', 'articleId', filter.articleId);
  if (filter.status !== undefined) add('c.status = :status', 'status', filter.status);
  if (filter.assigneeId !== undefined) add('c.assignee_id = :assigneeId', 'assigneeId', filter.assigneeId);
  if (filter.kind !== undefined) add('c.kind = :kind', 'kind', filter.kind);
  if (filter.origin !== undefined) add('c.origin = :origin', 'origin', filter.origin);
  if (filter.orphaned !== undefined) add('c.orphaned = :orphaned', 'orphaned', filter.orphaned);
  if (filter.text !== undefined) add("LOWER(c.text) LIKE :text ESCAPE '\\'", 'text', `%${escapeLike(filter.text.toLowerCase())}%`);
  if (afterId !== null) add(`${orderColumn} < :afterId`, 'afterId', afterId);
  const from = filter.sourceId !== undefined ? 'claims c INNER JOIN attributions a ON a.claim_id = c.id' : 'claims c';
  return { text: `SELECT c.* FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${orderColumn} DESC LIMIT ${Math.trunc(rows)}`, params };
}

/** LIKE wildcards typed by a user are literal characters, not patterns. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Attributions of some claims in citation order: one query for a whole page (exported for the benchmark's baseline). */
export const attributionsSql = (dialect: Dialect) =>
  `SELECT id, claim_id, source_id, role, cue, created_at FROM attributions WHERE claim_id ${inList(dialect, 'claimIds')} ORDER BY id ASC`;

/** The only code that reads or writes claims and attributions. */
@Injectable()
export class ClaimsRepository {
  constructor(private readonly db: Database) {}

  findById(id: number, tx?: WriteTx): Promise<ClaimEntity | null> {
    return this.db.reading(tx, (m) => m.getRepository(ClaimEntity).findOneBy({ id }));
  }

  findByIds(ids: readonly number[], tx?: WriteTx): Promise<ClaimEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.reading(tx, (m) => m.getRepository(ClaimEntity).findBy({ id: In([...new Set(ids)]) }));
  }

  /** Reads the claim for a change, locking its row until COMMIT on PostgreSQL (every change to a claim goes through here). */
  lockForChange(tx: WriteTx, id: number): Promise<ClaimEntity | null> {
    return tx.forUpdate(tx.manager.getRepository(ClaimEntity).createQueryBuilder('c').where('c.id = :id', { id })).getOne();
  }

  /** Locks claims in id order: the order every transaction that changes several claims takes them in. */
  lockAll(tx: WriteTx, ids: readonly number[]): Promise<ClaimEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return tx.forUpdate(tx.manager.getRepository(ClaimEntity).createQueryBuilder('c').where('c.id IN (:...ids)', { ids: [...new Set(ids)] }).orderBy('c.id', 'ASC')).getMany();
  }

  async list(filter: ClaimFilter, afterId: number | null, rows: number): Promise<ClaimEntity[]> {
    const { text, params } = claimListStatement(filter, afterId, rows);
    return (await this.db.named<Record<string, unknown>>(text, params)).map(claimFromRow);
  }

  /** A batch of the same list with its attributions, on the connection for long reads (the streamed export). */
  async exportBatch(filter: ClaimFilter, afterId: number | null, rows: number): Promise<{ claims: ClaimEntity[]; attributions: Map<number, AttributionEntity[]> }> {
    const manager = await this.db.longReads();
    const { text, params } = claimListStatement(filter, afterId, rows);
    const claims = (await runNamed<Record<string, unknown>>(manager, this.db.dialect, text, params)).map(claimFromRow);
    const ids = claims.map((c) => c.id);
    const attributions = ids.length ? await runNamed<Record<string, unknown>>(manager, this.db.dialect, attributionsSql(this.db.dialect), { claimIds: listValue(this.db.dialect, ids) }) : [];
    return { claims, attributions: groupByClaim(ids, attributions.map(attributionFromRow)) };
  }

  /** Whole claim rows in id order after `afterId`, on the connection for long reads (verification walks them all). */
  async batchById(afterId: number, rows: number): Promise<ClaimEntity[]> {
    const m = await this.db.longReads();
    return m.getRepository(ClaimEntity).createQueryBuilder('c').where('c.id > :afterId', { afterId }).orderBy('c.id', 'ASC').limit(rows).getMany();
  }

  /** Claims of one article, in the order of their position in the body. */
  ofArticle(articleId: number, tx?: WriteTx, limit?: number): Promise<ClaimEntity[]> {
    return this.db.reading(tx, (m) => m.getRepository(ClaimEntity).find({ where: { articleId }, order: { quoteStart: 'ASC', quoteEnd: 'DESC', id: 'ASC' }, take: limit }));
  }

  /** Live claims in some articles whose text holds one of `terms`, newest first. */
  inArticlesMentioning(articleIds: readonly number[], terms: readonly string[], limit: number): Promise<ClaimEntity[]> {
    if (articleIds.length === 0 || terms.length === 0) return Promise.resolve([]);
    return this.db.read((m) => m.getRepository(ClaimEntity).createQueryBuilder('c')
      .where('c.article_id IN (:...articleIds) AND c.article_deleted = :deleted', { articleIds: [...articleIds], deleted: false })
      .andWhere(new Brackets((any) => terms.forEach((term, i) => any.orWhere(`LOWER(c.text) LIKE :term${i}`, { [`term${i}`]: `%${term}%` }))))
      .orderBy('c.id', 'DESC')
      .limit(limit)
      .getMany());
  }

  /** Attributions of some claims, each claim's in citation order. */
  async attributionsOf(claimIds: readonly number[], tx?: WriteTx): Promise<Map<number, AttributionEntity[]>> {
    const ids = [...new Set(claimIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.db.named<Record<string, unknown>>(attributionsSql(this.db.dialect), { claimIds: listValue(this.db.dialect, ids) }, tx);
    return groupByClaim(ids, rows.map(attributionFromRow));
  }

  findAttribution(tx: WriteTx, claimId: number, id: number): Promise<AttributionEntity | null> {
    return tx.manager.getRepository(AttributionEntity).findOneBy({ id, claimId });
  }

  attributionsCiting(tx: WriteTx, sourceId: number): Promise<AttributionEntity[]> {
    return tx.manager.getRepository(AttributionEntity).find({ where: { sourceId }, order: { claimId: 'ASC', id: 'ASC' } });
  }

  insertClaim(tx: WriteTx, row: NewClaimRow): Promise<ClaimEntity> {
    return tx.manager.getRepository(ClaimEntity).save(tx.manager.getRepository(ClaimEntity).create(row));
  }

  async insertAttribution(tx: WriteTx, row: NewAttributionRow): Promise<AttributionEntity> {
    return tx.manager.getRepository(AttributionEntity).save(tx.manager.getRepository(AttributionEntity).create(row));
  }

  async deleteAttribution(tx: WriteTx, id: number): Promise<void> {
    await tx.manager.getRepository(AttributionEntity).delete({ id });
  }

  async moveAttribution(tx: WriteTx, id: number, sourceId: number): Promise<void> {
    await tx.manager.getRepository(AttributionEntity).update({ id }, { sourceId });
  }

  /**
   * Updates a claim; with `expectedVersion`, only if it still has that version (optimistic
   * concurrency). Returns whether the row changed.
   */
  async update(tx: WriteTx, id: number, changes: Partial<NewClaimRow>, expectedVersion?: number): Promise<boolean> {
    const query = tx.manager.createQueryBuilder().update(ClaimEntity).set(changes).where('id = :id', { id });
    if (expectedVersion !== undefined) query.andWhere('version = :version', { version: expectedVersion });
    return ((await query.execute()).affected ?? 0) > 0;
  }

  /** Claims of an article leave the desk when it is deleted, and come back when it is restored. */
  async setArticleDeleted(tx: WriteTx, articleId: number, deleted: boolean): Promise<void> {
    await tx.manager.getRepository(ClaimEntity).update({ articleId }, { articleDeleted: deleted });
  }

  /** A source's claims by status (each claim once), and the newest 100 with the role it plays in them; live claims only. */
  async sourceRecord(sourceId: number): Promise<{ byStatus: Record<string, number>; claims: (Pick<ClaimEntity, 'id' | 'articleId' | 'text' | 'status'> & Pick<AttributionEntity, 'role' | 'cue'>)[] }> {
    return this.db.read(async (m) => {
      const byStatusRows = await m.getRepository(ClaimEntity).createQueryBuilder('c')
        .select('c.status', 'status').addSelect('COUNT(*)', 'count')
        .where('c.article_deleted = :deleted AND c.id IN (SELECT a.claim_id FROM attributions a WHERE a.source_id = :sourceId)', { deleted: false, sourceId })
        .groupBy('c.status')
        .getRawMany<{ status: string; count: string | number }>();
      const newest = await m.getRepository(AttributionEntity).createQueryBuilder('a')
        .innerJoin(ClaimEntity, 'c', 'c.id = a.claim_id')
        .select(['c.id AS "id"', 'c.article_id AS "articleId"', 'c.text AS "text"', 'c.status AS "status"', 'a.role AS "role"', 'a.cue AS "cue"'])
        .where('a.source_id = :sourceId AND c.article_deleted = :deleted', { sourceId, deleted: false })
        .orderBy('a.claim_id', 'DESC')
        .limit(100)
        .getRawMany<{ id: number; articleId: number; text: string; status: ClaimStatus; role: AttributionEntity['role']; cue: string | null }>();
      return {
        byStatus: Object.fromEntries(byStatusRows.map((row) => [row.status, Number(row.count)])),
        claims: newest.map((c) => ({ ...c, id: Number(c.id), articleId: Number(c.articleId) })),
      };
    });
  }

  /** Open live claims created in [fromIso, toIso): the backlog's boundary hours, counted exactly on the (status, created_at) index. */
  async openBetween(fromIso: string, toIso: string): Promise<{ count: number; oldest: string | null }> {
    const row = await this.db.read((m) => m.getRepository(ClaimEntity).createQueryBuilder('c')
      .select('COUNT(*)', 'count').addSelect('MIN(c.created_at)', 'oldest')
      .where("c.status IN ('unverified', 'in_review') AND c.created_at >= :fromIso AND c.created_at < :toIso AND c.article_deleted = :deleted", { fromIso, toIso, deleted: false })
      .getRawOne<{ count: string | number; oldest: string | null }>());
    return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? null };
  }
}

function attributionFromRow(row: Record<string, unknown>): AttributionEntity {
  return {
    id: Number(row.id), claimId: Number(row.claim_id), sourceId: Number(row.source_id), role: row.role as AttributionEntity['role'],
    cue: row.cue as string | null, createdAt: row.created_at as string,
  };
}

function groupByClaim(claimIds: readonly number[], rows: AttributionEntity[]): Map<number, AttributionEntity[]> {
  const byClaim = new Map<number, AttributionEntity[]>(claimIds.map((id) => [id, []]));
  for (const row of rows) byClaim.get(row.claimId)?.push(row);
  return byClaim;
}

import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import type { ClaimStatus } from '../common/vocabulary';
import { Database } from '../database/database';
import { insertReturningIds, inStatementChunks, valuesList } from '../database/bulk-sql';
import { inList, listValue, runNamed } from '../database/named-sql';
import type { Dialect, WriteTx } from '../database/write-tx';
import { AttributionEntity } from './attribution.entity';
import { ClaimEntity } from './claim.entity';
import { claimFromRow } from './claim.mapper';
import { ClaimTagEntity } from './claim-tag.entity';
import { ClaimFilter, ClaimKeyset, claimListStatement } from './claim-list';

export { CLAIM_SORTS, claimListStatement, sortOf } from './claim-list';
export type { ClaimFilter, ClaimKeyset, ClaimSort } from './claim-list';

export type NewClaimRow = Omit<ClaimEntity, 'id'>;
export type NewAttributionRow = Omit<AttributionEntity, 'id'>;

/** A claim of a list page and the value it sorts by (for the next page's cursor). */
export interface ListedClaim {
  claim: ClaimEntity;
  key: number | null;
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

  /** A page of the claim list, each claim with the value of its sort key (for the next cursor). */
  async listPage(filter: ClaimFilter, after: ClaimKeyset | number | null, rows: number): Promise<ListedClaim[]> {
    const { text, params } = claimListStatement(filter, after, rows, this.db.dialect);
    return (await this.db.named<Record<string, unknown>>(text, params)).map((row) => ({ claim: claimFromRow(row), key: row.sort_key === null || row.sort_key === undefined ? null : Number(row.sort_key) }));
  }

  /** The same list, claims only. */
  async list(filter: ClaimFilter, after: ClaimKeyset | number | null, rows: number): Promise<ClaimEntity[]> {
    return (await this.listPage(filter, after, rows)).map((row) => row.claim);
  }

  /** A batch of the same list with its attributions, on the connection for long reads (the streamed export). */
  async exportBatch(filter: ClaimFilter, afterId: number | null, rows: number): Promise<{ claims: ClaimEntity[]; attributions: Map<number, AttributionEntity[]> }> {
    const manager = await this.db.longReads();
    const { text, params } = claimListStatement({ ...filter, sort: 'newest' }, afterId, rows, this.db.dialect);
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

  /** The claims of one article a reader sees (not withdrawn), in reading order: what its report shows. */
  liveOfArticle(articleId: number, limit?: number): Promise<ClaimEntity[]> {
    return this.db.read((m) => m.getRepository(ClaimEntity).createQueryBuilder('c')
      .where('c.article_id = :articleId AND c.withdrawn_at IS NULL', { articleId })
      .orderBy('c.quote_start', 'ASC').addOrderBy('c.quote_end', 'DESC').addOrderBy('c.id', 'ASC')
      .limit(limit)
      .getMany());
  }

  /** Live claims in some articles whose text holds one of `terms`, newest first. */
  inArticlesMentioning(articleIds: readonly number[], terms: readonly string[], limit: number): Promise<ClaimEntity[]> {
    if (articleIds.length === 0 || terms.length === 0) return Promise.resolve([]);
    return this.db.read((m) => m.getRepository(ClaimEntity).createQueryBuilder('c')
      .where('c.article_id IN (:...articleIds) AND c.article_deleted = :deleted AND c.withdrawn_at IS NULL', { articleIds: [...articleIds], deleted: false })
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

  /** New claims, in as few statements as fit: answers them with their ids, in the order given. */
  async insertClaims(tx: WriteTx, rows: readonly NewClaimRow[]): Promise<ClaimEntity[]> {
    const ids = await insertReturningIds(tx, ClaimEntity, rows);
    return rows.map((row, n) => ({ ...row, id: ids[n] }));
  }

  async insertAttributions(tx: WriteTx, rows: readonly NewAttributionRow[]): Promise<void> {
    await insertReturningIds(tx, AttributionEntity, rows);
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

  /** Writes the history count, head and seal of many claims, one statement per chunk. */
  async setSeals(tx: WriteTx, seals: readonly { id: number; historyCount: number; historyHead: string | null; historySeal: string }[]): Promise<void> {
    for (const chunk of inStatementChunks(seals, 4)) {
      const values = valuesList(tx.dialect, chunk.length, 4, ['integer', 'integer', 'text', 'text']);
      await tx.manager.query(
        `WITH sealed (id, history_count, history_head, history_seal) AS (${values}) ` +
          'UPDATE claims SET history_count = sealed.history_count, history_head = sealed.history_head, history_seal = sealed.history_seal FROM sealed WHERE claims.id = sealed.id',
        chunk.flatMap((s) => [s.id, s.historyCount, s.historyHead, s.historySeal]),
      );
    }
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
        .where('c.article_deleted = :deleted AND c.withdrawn_at IS NULL AND c.id IN (SELECT a.claim_id FROM attributions a WHERE a.source_id = :sourceId)', { deleted: false, sourceId })
        .groupBy('c.status')
        .getRawMany<{ status: string; count: string | number }>();
      const newest = await m.getRepository(AttributionEntity).createQueryBuilder('a')
        .innerJoin(ClaimEntity, 'c', 'c.id = a.claim_id')
        .select(['c.id AS "id"', 'c.article_id AS "articleId"', 'c.text AS "text"', 'c.status AS "status"', 'a.role AS "role"', 'a.cue AS "cue"'])
        .where('a.source_id = :sourceId AND c.article_deleted = :deleted AND c.withdrawn_at IS NULL', { sourceId, deleted: false })
        .orderBy('a.claim_id', 'DESC')
        .limit(100)
        .getRawMany<{ id: number; articleId: number; text: string; status: ClaimStatus; role: AttributionEntity['role']; cue: string | null }>();
      return {
        byStatus: Object.fromEntries(byStatusRows.map((row) => [row.status, Number(row.count)])),
        claims: newest.map((c) => ({ ...c, id: Number(c.id), articleId: Number(c.articleId) })),
      };
    });
  }

  // ---- tags ----------------------------------------------------------------------------------

  /** Tags of some claims, each claim's in the order they were given. */
  async tagsOf(claimIds: readonly number[], tx?: WriteTx): Promise<Map<number, ClaimTagEntity[]>> {
    const ids = [...new Set(claimIds)];
    const byClaim = new Map<number, ClaimTagEntity[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return byClaim;
    const rows = await this.db.named<Record<string, unknown>>(`SELECT id, claim_id, tag, tag_key, created_at FROM claim_tags WHERE claim_id ${inList(this.db.dialect, 'claimIds')} ORDER BY id ASC`, { claimIds: listValue(this.db.dialect, ids) }, tx);
    for (const row of rows) byClaim.get(Number(row.claim_id))?.push({ id: Number(row.id), claimId: Number(row.claim_id), tag: row.tag as string, tagKey: row.tag_key as string, createdAt: row.created_at as string });
    return byClaim;
  }

  async insertTag(tx: WriteTx, row: Omit<ClaimTagEntity, 'id'>): Promise<void> {
    await tx.manager.getRepository(ClaimTagEntity).insert(row);
  }

  async deleteTag(tx: WriteTx, claimId: number, tagKey: string): Promise<void> {
    await tx.manager.getRepository(ClaimTagEntity).delete({ claimId, tagKey });
  }

  /** The tags in use on live claims, most used first, for the queue's filter and the tag picker. */
  async tagsInUse(limit: number): Promise<{ tag: string; tagKey: string; claims: number }[]> {
    const rows = await this.db.named<{ tag: string; tag_key: string; claims: number | string }>(
      `SELECT MIN(t.tag) AS tag, t.tag_key, COUNT(*) AS claims FROM claim_tags t INNER JOIN claims c ON c.id = t.claim_id
       WHERE c.article_deleted = :deleted AND c.withdrawn_at IS NULL GROUP BY t.tag_key ORDER BY COUNT(*) DESC, t.tag_key ASC LIMIT ${Math.trunc(limit)}`, { deleted: false });
    return rows.map((row) => ({ tag: row.tag, tagKey: row.tag_key, claims: Number(row.claims) }));
  }

  // ---- the full-text index ---------------------------------------------------------------------

  /** Sets a claim's indexed terms (search-terms.ts), in the transaction that changed what they are built from. */
  async indexClaim(tx: WriteTx, claimId: number, terms: string): Promise<void> {
    if (tx.dialect === 'postgres') {
      await runNamed(tx.manager, tx.dialect, 'INSERT INTO claim_search (claim_id, terms) VALUES (:claimId, :terms) ON CONFLICT (claim_id) DO UPDATE SET terms = excluded.terms', { claimId, terms });
    } else {
      await runNamed(tx.manager, tx.dialect, 'DELETE FROM claim_search WHERE rowid = :claimId', { claimId });
      await runNamed(tx.manager, tx.dialect, 'INSERT INTO claim_search (rowid, terms) VALUES (:claimId, :terms)', { claimId, terms });
    }
  }

  /** Index entries for claims that have none yet (new ones), one statement per chunk. */
  async indexNewClaims(tx: WriteTx, entries: readonly { claimId: number; terms: string }[]): Promise<void> {
    const key = tx.dialect === 'postgres' ? 'claim_id' : 'rowid';
    for (const chunk of inStatementChunks(entries, 2)) {
      await tx.manager.query(`INSERT INTO claim_search (${key}, terms) ${valuesList(tx.dialect, chunk.length, 2)}`, chunk.flatMap((e) => [e.claimId, e.terms]));
    }
  }

  /**
   * The next `rows` claims after `afterId` by id: the last id seen (null at the end) and those of them
   * missing from the index (an earlier release's claims), with what their terms are built from.
   */
  async unindexedAfter(tx: WriteTx, afterId: number, rows: number): Promise<{ lastId: number | null; missing: { id: number; text: string; quoteExact: string; articleId: number }[] }> {
    const joinKey = tx.dialect === 'postgres' ? 's.claim_id' : 's.rowid';
    const page = await runNamed<{ id: number }>(tx.manager, tx.dialect, `SELECT id FROM claims WHERE id > :afterId ORDER BY id ASC LIMIT ${Math.trunc(rows)}`, { afterId });
    if (page.length === 0) return { lastId: null, missing: [] };
    const lastId = Number(page[page.length - 1].id);
    const missing = await runNamed<Record<string, unknown>>(tx.manager, tx.dialect,
      `SELECT c.id, c.text, c.quote_exact, c.article_id FROM claims c LEFT JOIN claim_search s ON ${joinKey} = c.id WHERE c.id > :afterId AND c.id <= :lastId AND ${joinKey} IS NULL ORDER BY c.id`, { afterId, lastId });
    return { lastId, missing: missing.map((row) => ({ id: Number(row.id), text: row.text as string, quoteExact: row.quote_exact as string, articleId: Number(row.article_id) })) };
  }

  /** Open live claims created in [fromIso, toIso): the backlog's boundary hours, counted exactly on the (status, created_at) index. */
  async openBetween(fromIso: string, toIso: string): Promise<{ count: number; oldest: string | null }> {
    const row = await this.db.read((m) => m.getRepository(ClaimEntity).createQueryBuilder('c')
      .select('COUNT(*)', 'count').addSelect('MIN(c.created_at)', 'oldest')
      .where("c.status IN ('unverified', 'in_review') AND c.created_at >= :fromIso AND c.created_at < :toIso AND c.article_deleted = :deleted AND c.withdrawn_at IS NULL", { fromIso, toIso, deleted: false })
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

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { LedgerHeadEntity } from './ledger-head.entity';
import { ReviewEventEntity } from './review-event.entity';

export type NewEventRow = Omit<ReviewEventEntity, 'id'>;

/** The only code that reads or writes review_events. Rows are only ever inserted. */
@Injectable()
export class HistoryRepository {
  constructor(private readonly db: Database) {}

  /** The claim's newest event; `inLedger`: the newest that already has its place in the ledger. */
  lastOf(tx: WriteTx, claimId: number, inLedger = false): Promise<Pick<ReviewEventEntity, 'sequence' | 'hash'> | null> {
    const query = tx.manager.getRepository(ReviewEventEntity).createQueryBuilder('e').select(['e.sequence', 'e.hash']).where('e.claim_id = :claimId', { claimId });
    if (inLedger) query.andWhere('e.ledger_seq IS NOT NULL');
    return query.orderBy('e.sequence', 'DESC').limit(1).getOne();
  }

  async insertMany(tx: WriteTx, rows: NewEventRow[]): Promise<void> {
    // In chunks: SQLite takes at most 32,766 parameters per statement, and an event has 15.
    for (let i = 0; i < rows.length; i += 500) await tx.manager.getRepository(ReviewEventEntity).insert(rows.slice(i, i + 500));
  }

  /** The ledger's head, locked until COMMIT on PostgreSQL: appending to the ledger is one transaction at a time. */
  async lockHead(tx: WriteTx): Promise<LedgerHeadEntity | null> {
    return tx.forUpdate(tx.manager.getRepository(LedgerHeadEntity).createQueryBuilder('h').where('h.id = 1')).getOne();
  }

  async saveHead(tx: WriteTx, head: Omit<LedgerHeadEntity, 'id'>): Promise<void> {
    await tx.manager.createQueryBuilder().insert().into(LedgerHeadEntity).values({ id: 1, ...head }).orUpdate(['seq', 'hash', 'seal', 'updated_at'], ['id']).execute();
  }

  head(): Promise<LedgerHeadEntity | null> {
    return this.db.read((m) => m.getRepository(LedgerHeadEntity).findOneBy({ id: 1 }));
  }

  /** Events in the desk's order, a batch after `afterSeq`, on the connection for long reads (verification walks them all). */
  async ledgerBatch(afterSeq: number, rows: number): Promise<ReviewEventEntity[]> {
    const m = await this.db.longReads();
    return m.getRepository(ReviewEventEntity).createQueryBuilder('e').where('e.ledger_seq > :afterSeq', { afterSeq }).orderBy('e.ledger_seq', 'ASC').limit(rows).getMany();
  }

  /** Events in claim order (claim, then sequence), a batch after (claimId, sequence), on the connection for long reads. */
  async claimOrderBatch(after: { claimId: number; sequence: number }, rows: number): Promise<Pick<ReviewEventEntity, 'id' | 'claimId' | 'sequence' | 'prevHash' | 'hash'>[]> {
    const m = await this.db.longReads();
    return m.getRepository(ReviewEventEntity).createQueryBuilder('e')
      .select(['e.id', 'e.claimId', 'e.sequence', 'e.prevHash', 'e.hash'])
      .where('(e.claim_id > :claimId OR (e.claim_id = :claimId AND e.sequence > :sequence))', after)
      .orderBy('e.claim_id', 'ASC').addOrderBy('e.sequence', 'ASC')
      .limit(rows)
      .getMany();
  }

  /** Events written before the ledger (no place in the desk's sequence yet), in claim order after (claimId, sequence). */
  legacyBatch(tx: WriteTx, after: { claimId: number; sequence: number }, rows: number): Promise<ReviewEventEntity[]> {
    return tx.manager.getRepository(ReviewEventEntity).createQueryBuilder('e')
      .where('(e.claim_id > :claimId OR (e.claim_id = :claimId AND e.sequence > :sequence)) AND e.ledger_seq IS NULL', after)
      .orderBy('e.claim_id', 'ASC').addOrderBy('e.sequence', 'ASC')
      .limit(rows)
      .getMany();
  }

  /** Events with no place in the ledger (only ever inserted outside the service, once legacy history is adopted). */
  outsideLedger(limit: number): Promise<Pick<ReviewEventEntity, 'id' | 'claimId'>[]> {
    return this.db.read((m) => m.getRepository(ReviewEventEntity).createQueryBuilder('e').select(['e.id', 'e.claimId']).where('e.ledger_seq IS NULL').orderBy('e.id').limit(limit).getMany());
  }

  async hasLegacy(): Promise<boolean> {
    return this.db.read((m) => m.getRepository(ReviewEventEntity).createQueryBuilder('e').where('e.ledger_seq IS NULL').getExists());
  }

  async authenticateLegacy(tx: WriteTx, id: number, changes: Pick<ReviewEventEntity, 'hash' | 'prevHash' | 'ledgerSeq' | 'ledgerPrev'>): Promise<void> {
    await tx.manager.getRepository(ReviewEventEntity).update({ id }, changes);
  }

  /** The newest event (hash and place) of each claim, after `afterClaimId`: for sealing claim rows. */
  async headsAfter(afterClaimId: number, rows: number, tx?: WriteTx): Promise<{ claimId: number; count: number; head: string }[]> {
    const raw = await this.db.reading(tx, (m) => m.getRepository(ReviewEventEntity).createQueryBuilder('e')
      .select('e.claim_id', 'claimId').addSelect('e.sequence', 'count').addSelect('e.hash', 'head')
      .where('e.claim_id > :afterClaimId', { afterClaimId })
      .andWhere('e.sequence = (SELECT MAX(x.sequence) FROM review_events x WHERE x.claim_id = e.claim_id)')
      .orderBy('e.claim_id', 'ASC')
      .limit(rows)
      .getRawMany<{ claimId: number; count: number; head: string }>());
    return raw.map((r) => ({ claimId: Number(r.claimId), count: Number(r.count), head: r.head }));
  }

  /** The events of some claims, each claim's in order. */
  eventsOf(claimIds: readonly number[], tx?: WriteTx): Promise<ReviewEventEntity[]> {
    if (claimIds.length === 0) return Promise.resolve([]);
    return this.db.reading(tx, (m) => m.getRepository(ReviewEventEntity).find({ where: { claimId: In([...claimIds]) }, order: { claimId: 'ASC', sequence: 'ASC' } }));
  }

  latest(limit: number): Promise<ReviewEventEntity[]> {
    return this.db.read((m) => m.getRepository(ReviewEventEntity).find({ order: { id: 'DESC' }, take: limit }));
  }

  countAll(): Promise<number> {
    return this.db.read((m) => m.getRepository(ReviewEventEntity).count());
  }

  /** Claims opened (created) and resolved (given a verdict) per UTC day since `sinceIso`. */
  flowSince(sinceIso: string): Promise<{ day: string; opened: number; resolved: number }[]> {
    return this.db.read(async (m) => {
      const rows = await m.getRepository(ReviewEventEntity).createQueryBuilder('e')
        .select('substr(e.created_at, 1, 10)', 'day')
        .addSelect("SUM(CASE WHEN e.action = 'created' THEN 1 ELSE 0 END)", 'opened')
        .addSelect("SUM(CASE WHEN e.action = 'verdict' THEN 1 ELSE 0 END)", 'resolved')
        .where('e.created_at >= :since', { since: sinceIso })
        .andWhere("e.action IN ('created', 'verdict')")
        .groupBy('substr(e.created_at, 1, 10)')
        .getRawMany<{ day: string; opened: string | number; resolved: string | number }>();
      return rows.map((row) => ({ day: String(row.day), opened: Number(row.opened), resolved: Number(row.resolved) }));
    });
  }

  /** The newest event's id: every claim change writes one, so it moves whenever the desk does. */
  async newestId(): Promise<number> {
    const row = await this.db.read((m) => m.getRepository(ReviewEventEntity).createQueryBuilder('e').select('MAX(e.id)', 'id').getRawOne<{ id: number | null }>());
    return Number(row?.id ?? 0);
  }
}

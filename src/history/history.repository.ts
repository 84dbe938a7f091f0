import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { ReviewEventEntity } from './review-event.entity';

export type NewEventRow = Omit<ReviewEventEntity, 'id'>;

/** The only code that reads or writes review_events. Rows are only ever inserted. */
@Injectable()
export class HistoryRepository {
  constructor(private readonly db: Database) {}

  lastOf(tx: WriteTx, claimId: number): Promise<Pick<ReviewEventEntity, 'sequence' | 'hash'> | null> {
    return tx.manager.getRepository(ReviewEventEntity).findOne({ where: { claimId }, order: { sequence: 'DESC' }, select: { sequence: true, hash: true } });
  }

  insert(tx: WriteTx, row: NewEventRow): Promise<ReviewEventEntity> {
    return tx.manager.getRepository(ReviewEventEntity).save(tx.manager.getRepository(ReviewEventEntity).create(row));
  }

  /** The events of some claims, each claim's in order. */
  eventsOf(claimIds: readonly number[], tx?: WriteTx): Promise<ReviewEventEntity[]> {
    if (claimIds.length === 0) return Promise.resolve([]);
    return this.db.reading(tx, (m) => m.getRepository(ReviewEventEntity).find({ where: { claimId: In([...claimIds]) }, order: { claimId: 'ASC', sequence: 'ASC' } }));
  }

  latest(limit: number): Promise<ReviewEventEntity[]> {
    return this.db.read((m) => m.getRepository(ReviewEventEntity).find({ order: { id: 'DESC' }, take: limit }));
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

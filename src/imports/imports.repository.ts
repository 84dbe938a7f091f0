import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { ImportItemEntity, ImportItemState } from './import-item.entity';
import { ImportJobEntity, ImportJobState } from './import-job.entity';

export type ItemCounts = Record<ImportItemState, number>;
const NO_COUNTS = (): ItemCounts => ({ pending: 0, imported: 0, duplicate: 0, refused: 0 });

/** The only code that reads or writes import jobs and their items. */
@Injectable()
export class ImportsRepository {
  constructor(private readonly db: Database) {}

  insertJob(tx: WriteTx, row: Omit<ImportJobEntity, 'id'>): Promise<ImportJobEntity> {
    const repository = tx.manager.getRepository(ImportJobEntity);
    return repository.save(repository.create(row));
  }

  async insertItems(tx: WriteTx, jobId: number, lines: { position: number; payload: string }[]): Promise<void> {
    // In chunks: SQLite takes at most 32,766 parameters per statement.
    for (let i = 0; i < lines.length; i += 500) {
      await tx.manager.getRepository(ImportItemEntity).insert(lines.slice(i, i + 500).map((line) => ({ jobId, position: line.position, payload: line.payload, state: 'pending' as const })));
    }
  }

  findJob(id: number): Promise<ImportJobEntity | null> {
    return this.db.read((m) => m.getRepository(ImportJobEntity).findOneBy({ id }));
  }

  listJobs(filter: { state?: ImportJobState; afterId: number | null; rows: number }): Promise<ImportJobEntity[]> {
    return this.db.read((m) => {
      const query = m.getRepository(ImportJobEntity).createQueryBuilder('j');
      if (filter.state) query.andWhere('j.state = :state', { state: filter.state });
      if (filter.afterId !== null) query.andWhere('j.id < :afterId', { afterId: filter.afterId });
      return query.orderBy('j.id', 'DESC').limit(filter.rows).getMany();
    });
  }

  /** Items per state, for some jobs: one grouped count over the (job, state) index. */
  async counts(jobIds: readonly number[], tx?: WriteTx): Promise<Map<number, ItemCounts>> {
    const result = new Map<number, ItemCounts>(jobIds.map((id) => [id, NO_COUNTS()]));
    if (jobIds.length === 0) return result;
    const rows = await this.db.reading(tx, (m) => m.getRepository(ImportItemEntity).createQueryBuilder('i')
      .select('i.job_id', 'jobId').addSelect('i.state', 'state').addSelect('COUNT(*)', 'n')
      .where('i.job_id IN (:...ids)', { ids: [...jobIds] }).groupBy('i.job_id').addGroupBy('i.state')
      .getRawMany<{ jobId: number; state: ImportItemState; n: string | number }>());
    for (const row of rows) result.get(Number(row.jobId))![row.state] = Number(row.n);
    return result;
  }

  /** The items that were not imported (duplicates, refusals), in line order, for the job's report. */
  notImported(jobId: number, limit: number): Promise<ImportItemEntity[]> {
    return this.db.read((m) => m.getRepository(ImportItemEntity).createQueryBuilder('i')
      .select(['i.id', 'i.position', 'i.state', 'i.articleId', 'i.reason'])
      .where("i.job_id = :jobId AND i.state IN ('duplicate', 'refused')", { jobId }).orderBy('i.position', 'ASC').limit(limit).getMany());
  }

  /**
   * Takes up to `rows` pending items nobody has taken since `staleBefore`, oldest first: on
   * PostgreSQL skipping rows another instance is taking at this moment. The claim is a hint that
   * spreads the work; whether an item is imported is decided in the import's own transaction
   * (lockPendingItem), so an instance that stalls past its claim cannot import an article twice.
   */
  async claimPending(tx: WriteTx, by: string, now: string, staleBefore: string, rows: number): Promise<ImportItemEntity[]> {
    const query = tx.manager.getRepository(ImportItemEntity).createQueryBuilder('i')
      .where("i.state = 'pending' AND (i.claimed_at IS NULL OR i.claimed_at < :staleBefore)", { staleBefore })
      .orderBy('i.id', 'ASC').limit(rows);
    const items = await tx.forUpdateSkipLocked(query).getMany();
    if (items.length) await tx.manager.getRepository(ImportItemEntity).update({ id: In(items.map((i) => i.id)) }, { claimedBy: by, claimedAt: now });
    return items;
  }

  async markJobsRunning(tx: WriteTx, jobIds: readonly number[], now: string): Promise<void> {
    if (jobIds.length === 0) return;
    await tx.manager.createQueryBuilder().update(ImportJobEntity).set({ state: 'running', startedAt: now }).where("id IN (:...ids) AND state = 'queued'", { ids: [...jobIds] }).execute();
  }

  /** The item, locked, if it is still pending and no other transaction holds it; else null (someone else is importing it or has). */
  lockPendingItem(tx: WriteTx, id: number): Promise<ImportItemEntity | null> {
    return tx.forUpdateSkipLocked(tx.manager.getRepository(ImportItemEntity).createQueryBuilder('i').where("i.id = :id AND i.state = 'pending'", { id })).getOne();
  }

  async settleItem(tx: WriteTx, id: number, outcome: { state: Exclude<ImportItemState, 'pending'>; articleId: number | null; reason: string | null; by: string; at: string }): Promise<void> {
    await tx.manager.getRepository(ImportItemEntity).update({ id }, { state: outcome.state, articleId: outcome.articleId, reason: outcome.reason, processedBy: outcome.by, processedAt: outcome.at });
  }

  /** Marks a job done once none of its items is pending; whether it did. */
  async finishIfComplete(tx: WriteTx, jobId: number, now: string): Promise<boolean> {
    const pending = await tx.manager.getRepository(ImportItemEntity).count({ where: { jobId, state: 'pending' }, take: 1 });
    if (pending > 0) return false;
    const result = await tx.manager.createQueryBuilder().update(ImportJobEntity).set({ state: 'done', finishedAt: now }).where("id = :jobId AND state <> 'done'", { jobId }).execute();
    return (result.affected ?? 0) > 0;
  }

  /** Jobs per state, for the metrics. */
  async jobsByState(): Promise<{ state: ImportJobState; n: number }[]> {
    const rows = await this.db.read((m) => m.getRepository(ImportJobEntity).createQueryBuilder('j').select('j.state', 'state').addSelect('COUNT(*)', 'n').groupBy('j.state').getRawMany<{ state: ImportJobState; n: string | number }>());
    return rows.map((row) => ({ state: row.state, n: Number(row.n) }));
  }

  /** Whether any item is waiting (cheap: the worker's idle check). */
  async anyPending(): Promise<boolean> {
    return (await this.db.read((m) => m.getRepository(ImportItemEntity).count({ where: { state: 'pending' }, take: 1 }))) > 0;
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { WebhookAttemptEntity, WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookMessageEntity } from './webhook-message.entity';
import { WebhookEntity } from './webhook.entity';

/** The only code that reads or writes webhooks, the outbox, deliveries and attempts. */
@Injectable()
export class WebhooksRepository {
  constructor(private readonly db: Database) {}

  insertWebhook(tx: WriteTx, row: Omit<WebhookEntity, 'id'>): Promise<WebhookEntity> {
    const repository = tx.manager.getRepository(WebhookEntity);
    return repository.save(repository.create(row));
  }

  findWebhook(id: number, tx?: WriteTx): Promise<WebhookEntity | null> {
    return this.db.reading(tx, (m) => m.getRepository(WebhookEntity).findOneBy({ id }));
  }

  listWebhooks(): Promise<WebhookEntity[]> {
    return this.db.read((m) => m.getRepository(WebhookEntity).find({ order: { id: 'ASC' } }));
  }

  /** The enabled subscriptions, read in the transaction that raises events (a handful of rows). */
  enabledWebhooks(tx: WriteTx): Promise<WebhookEntity[]> {
    return tx.manager.getRepository(WebhookEntity).find({ where: { enabled: true }, order: { id: 'ASC' } });
  }

  async updateWebhook(tx: WriteTx, id: number, changes: Partial<Omit<WebhookEntity, 'id'>>): Promise<void> {
    await tx.manager.getRepository(WebhookEntity).update({ id }, changes);
  }

  async deleteWebhook(tx: WriteTx, id: number): Promise<void> {
    // Deliveries and their attempts go with it (ON DELETE CASCADE, spelled out for SQLite without foreign keys on).
    const deliveries = await tx.manager.getRepository(WebhookDeliveryEntity).find({ where: { webhookId: id }, select: { id: true } });
    for (let i = 0; i < deliveries.length; i += 500) await tx.manager.getRepository(WebhookAttemptEntity).delete({ deliveryId: In(deliveries.slice(i, i + 500).map((d) => d.id)) });
    await tx.manager.getRepository(WebhookDeliveryEntity).delete({ webhookId: id });
    await tx.manager.getRepository(WebhookEntity).delete({ id });
  }

  insertMessage(tx: WriteTx, row: Omit<WebhookMessageEntity, 'id'>): Promise<WebhookMessageEntity> {
    const repository = tx.manager.getRepository(WebhookMessageEntity);
    return repository.save(repository.create(row));
  }

  async insertDeliveries(tx: WriteTx, rows: Omit<WebhookDeliveryEntity, 'id'>[]): Promise<void> {
    if (rows.length) await tx.manager.getRepository(WebhookDeliveryEntity).insert(rows);
  }

  insertDelivery(tx: WriteTx, row: Omit<WebhookDeliveryEntity, 'id'>): Promise<WebhookDeliveryEntity> {
    const repository = tx.manager.getRepository(WebhookDeliveryEntity);
    return repository.save(repository.create(row));
  }

  /**
   * Takes up to `rows` deliveries that are due, of enabled webhooks, oldest due first: on PostgreSQL
   * skipping those another instance is taking now. Taking one moves its due time past the attempt,
   * so if this instance dies mid-attempt it is due again afterwards (delivery is at least once;
   * receivers drop repeats by webhook-id, as the spec asks).
   */
  async claimDue(tx: WriteTx, by: string, now: string, holdUntil: string, rows: number): Promise<WebhookDeliveryEntity[]> {
    const query = tx.manager.getRepository(WebhookDeliveryEntity).createQueryBuilder('d')
      .where("d.state = 'pending' AND d.next_attempt_at <= :now", { now })
      .andWhere('d.webhook_id IN (SELECT w.id FROM webhooks w WHERE w.enabled = :enabled)', { enabled: true })
      .orderBy('d.next_attempt_at', 'ASC').addOrderBy('d.id', 'ASC').limit(rows);
    const due = await tx.forUpdateSkipLocked(query).getMany();
    if (due.length) await tx.manager.getRepository(WebhookDeliveryEntity).update({ id: In(due.map((d) => d.id)) }, { nextAttemptAt: holdUntil, claimedBy: by });
    return due;
  }

  messages(ids: readonly number[]): Promise<Map<number, WebhookMessageEntity>> {
    if (ids.length === 0) return Promise.resolve(new Map());
    return this.db.read(async (m) => new Map((await m.getRepository(WebhookMessageEntity).findBy({ id: In([...new Set(ids)]) })).map((row) => [row.id, row])));
  }

  webhooksByIds(ids: readonly number[]): Promise<Map<number, WebhookEntity>> {
    if (ids.length === 0) return Promise.resolve(new Map());
    return this.db.read(async (m) => new Map((await m.getRepository(WebhookEntity).findBy({ id: In([...new Set(ids)]) })).map((row) => [row.id, row])));
  }

  lockWebhook(tx: WriteTx, id: number): Promise<WebhookEntity | null> {
    return tx.forUpdate(tx.manager.getRepository(WebhookEntity).createQueryBuilder('w').where('w.id = :id', { id })).getOne();
  }

  async updateDelivery(tx: WriteTx, id: number, changes: Partial<Omit<WebhookDeliveryEntity, 'id'>>): Promise<void> {
    await tx.manager.getRepository(WebhookDeliveryEntity).update({ id }, changes);
  }

  async insertAttempt(tx: WriteTx, row: Omit<WebhookAttemptEntity, 'id'>): Promise<void> {
    await tx.manager.getRepository(WebhookAttemptEntity).insert(row);
  }

  findDelivery(webhookId: number, id: number): Promise<WebhookDeliveryEntity | null> {
    return this.db.read((m) => m.getRepository(WebhookDeliveryEntity).findOneBy({ id, webhookId }));
  }

  /** A webhook's deliveries, newest first, keyset-paged. */
  deliveries(webhookId: number, afterId: number | null, rows: number): Promise<WebhookDeliveryEntity[]> {
    return this.db.read((m) => {
      const query = m.getRepository(WebhookDeliveryEntity).createQueryBuilder('d').where('d.webhook_id = :webhookId', { webhookId });
      if (afterId !== null) query.andWhere('d.id < :afterId', { afterId });
      return query.orderBy('d.id', 'DESC').limit(rows).getMany();
    });
  }

  async attemptsOf(deliveryIds: readonly number[]): Promise<Map<number, WebhookAttemptEntity[]>> {
    const result = new Map<number, WebhookAttemptEntity[]>(deliveryIds.map((id) => [id, []]));
    if (deliveryIds.length === 0) return result;
    const rows = await this.db.read((m) => m.getRepository(WebhookAttemptEntity).find({ where: { deliveryId: In([...deliveryIds]) }, order: { deliveryId: 'ASC', attempt: 'ASC' } }));
    for (const row of rows) result.get(row.deliveryId)?.push(row);
    return result;
  }

  /** Deliveries per state, for the metrics. */
  async deliveriesByState(): Promise<{ state: string; n: number }[]> {
    const rows = await this.db.read((m) => m.getRepository(WebhookDeliveryEntity).createQueryBuilder('d').select('d.state', 'state').addSelect('COUNT(*)', 'n').groupBy('d.state').getRawMany<{ state: string; n: string | number }>());
    return rows.map((row) => ({ state: row.state, n: Number(row.n) }));
  }
}

import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { NotificationEntity } from './notification.entity';

/** The only code that reads or writes notifications. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: Database) {}

  async insertMany(tx: WriteTx, rows: Omit<NotificationEntity, 'id'>[]): Promise<void> {
    if (rows.length) await tx.manager.getRepository(NotificationEntity).insert(rows);
  }

  /** A user's notifications, newest first, keyset-paged. */
  list(userId: number, filter: { unreadOnly: boolean; afterId: number | null; rows: number }): Promise<NotificationEntity[]> {
    return this.db.read((m) => {
      const query = m.getRepository(NotificationEntity).createQueryBuilder('n').where('n.user_id = :userId', { userId });
      if (filter.unreadOnly) query.andWhere('n.read_at IS NULL');
      if (filter.afterId !== null) query.andWhere('n.id < :afterId', { afterId: filter.afterId });
      return query.orderBy('n.id', 'DESC').limit(filter.rows).getMany();
    });
  }

  /** How many are unread and the newest id: what the navigation shows, and what a live stream watches. */
  async summary(userId: number): Promise<{ unread: number; latestId: number }> {
    const [row] = await this.db.named<{ unread: number | string | null; latest: number | string | null }>(
      'SELECT SUM(CASE WHEN read_at IS NULL THEN 1 ELSE 0 END) AS unread, MAX(id) AS latest FROM notifications WHERE user_id = :userId', { userId });
    return { unread: Number(row?.unread ?? 0), latestId: Number(row?.latest ?? 0) };
  }

  async markRead(tx: WriteTx, userId: number, ids: readonly number[] | 'all', at: string): Promise<void> {
    const where = ids === 'all' ? { userId, readAt: IsNull() } : { userId, readAt: IsNull(), id: In([...ids]) };
    if (ids !== 'all' && ids.length === 0) return;
    await tx.manager.getRepository(NotificationEntity).update(where, { readAt: at });
  }
}

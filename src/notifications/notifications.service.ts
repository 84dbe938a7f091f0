import { Injectable, OnModuleInit } from '@nestjs/common';
import { ClaimReviewed } from '../claims/claim-events';
import { NoteMentioned } from '../notes/note-events';
import { decodeCursor, Page, toPage } from '../common/pagination/cursor';
import { BadRequestError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import { hasRole } from '../common/vocabulary';
import { Database } from '../database/database';
import { TransactionEvents } from '../database/tx-events';
import type { WriteTx } from '../database/write-tx';
import { UsersService } from '../users/users.service';
import type { ListNotificationsQueryDto, MarkReadDto, NotificationDto, UnreadDto } from './notification.dto';
import type { NotificationEntity } from './notification.entity';
import { NOTIFICATION_TEXT, notificationsOfReview } from './notification-rules';
import { NotificationsRepository } from './notifications.repository';

function mapNotification(n: NotificationEntity): NotificationDto {
  return { id: n.id, kind: n.kind, message: NOTIFICATION_TEXT[n.kind], claimId: n.claimId, articleId: n.articleId, claimText: n.claimText, actorId: n.actorId, note: n.note, createdAt: n.createdAt, readAt: n.readAt };
}

/** Each user's inbox, written in the transaction of the review step it reports. */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersService,
    private readonly events: TransactionEvents,
  ) {}

  onModuleInit(): void {
    this.events.on(ClaimReviewed, (tx, review) => this.onReview(tx, review));
    this.events.on(NoteMentioned, (tx, mention) => this.onMention(tx, mention));
  }

  /** Everyone a note @mentions hears of it, in the note's own transaction (the author never is: NotesService leaves them out). */
  private async onMention(tx: WriteTx, mention: (typeof NoteMentioned)['payload']): Promise<void> {
    const now = isoNow();
    await this.notifications.insertMany(tx, mention.mentionedUserIds.map((userId) => ({
      userId, kind: 'note_mention' as const, note: mention.body.slice(0, 1000), claimId: mention.claimId, articleId: mention.articleId, actorId: mention.authorId,
      claimText: mention.claimText.slice(0, 300), createdAt: now, readAt: null,
    })));
  }

  private async onReview(tx: WriteTx, review: (typeof ClaimReviewed)['payload']): Promise<void> {
    // Only a new verdict needs the editors; read them then (a handful of rows).
    const editors = review.action === 'verdict' ? (await this.users.assignable()).filter((u) => hasRole(u.role, 'editor')).map((u) => u.id) : [];
    const drafts = notificationsOfReview(review, editors);
    const now = isoNow();
    await this.notifications.insertMany(tx, drafts.map((d) => ({
      userId: d.userId, kind: d.kind, note: d.note, claimId: review.after.id, articleId: review.after.articleId, actorId: review.actorId,
      claimText: review.after.text.slice(0, 300), createdAt: now, readAt: null,
    })));
  }

  async list(userId: number, query: ListNotificationsQueryDto): Promise<Page<NotificationDto> & { unread: number }> {
    const limit = query.limit ?? 50;
    const rows = await this.notifications.list(userId, { unreadOnly: query.unread ?? false, afterId: decodeCursor(query.cursor), rows: limit + 1 });
    return { ...toPage(rows, limit, mapNotification), unread: (await this.notifications.summary(userId)).unread };
  }

  summary(userId: number): Promise<UnreadDto> {
    return this.notifications.summary(userId);
  }

  async markRead(userId: number, input: MarkReadDto): Promise<UnreadDto> {
    if (!input.all && !input.ids) throw new BadRequestError('Say which notifications: ids, or all: true.', { errors: [{ path: 'ids', message: 'ids or all is required' }] });
    await this.db.write((tx) => this.notifications.markRead(tx, userId, input.all ? 'all' : input.ids!, isoNow()));
    return this.notifications.summary(userId);
  }
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a user must act on or know (DESIGN.md "Notification"). */
export const NOTIFICATION_KINDS = ['claim_assigned', 'verdict_approved', 'claim_reopened', 'verdict_awaiting_approval', 'note_mention'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'user_id', type: 'integer' }) userId: number;
  @Column({ type: 'varchar', length: 32 }) kind: NotificationKind;
  @Column({ name: 'claim_id', type: 'integer', nullable: true }) claimId: number | null;
  @Column({ name: 'article_id', type: 'integer', nullable: true }) articleId: number | null;
  @Column({ name: 'actor_id', type: 'integer', nullable: true }) actorId: number | null;
  /** The reason of a reopen, the note of an approval. */
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'claim_text', type: 'text', nullable: true }) claimText: string | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ name: 'read_at', type: 'varchar', length: 32, nullable: true }) readAt: string | null;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The outbox: an event, written in the transaction of the change it reports. */
@Entity('webhook_messages')
export class WebhookMessageEntity {
  @PrimaryGeneratedColumn() id: number;
  /** The `webhook-id` header: the same on every attempt, so a receiver can drop repeats. */
  @Column({ name: 'message_id', type: 'varchar', length: 64 }) messageId: string;
  @Column({ name: 'event_type', type: 'varchar', length: 40 }) eventType: string;
  /** The exact JSON body that is signed and sent. */
  @Column({ type: 'text' }) payload: string;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** One message to one webhook: retried until delivered, given up, or the webhook is disabled. */
@Entity('webhook_deliveries')
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'webhook_id', type: 'integer' }) webhookId: number;
  @Column({ name: 'message_id', type: 'integer' }) messageId: number;
  @Column({ type: 'varchar', length: 16 }) state: DeliveryState;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  /** When it is due; an instance that takes it moves this past its attempt, so a crash leaves it due again. */
  @Column({ name: 'next_attempt_at', type: 'varchar', length: 32 }) nextAttemptAt: string;
  @Column({ name: 'claimed_by', type: 'varchar', length: 64, nullable: true }) claimedBy: string | null;
  @Column({ name: 'last_status', type: 'integer', nullable: true }) lastStatus: number | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'last_response_ms', type: 'integer', nullable: true }) lastResponseMs: number | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ name: 'delivered_at', type: 'varchar', length: 32, nullable: true }) deliveredAt: string | null;
}

/** The delivery log: every attempt, with the receiver's status and how long it took. */
@Entity('webhook_attempts')
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'delivery_id', type: 'integer' }) deliveryId: number;
  @Column({ type: 'integer' }) attempt: number;
  @Column({ type: 'integer', nullable: true }) status: number | null;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ name: 'response_ms', type: 'integer' }) responseMs: number;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
}

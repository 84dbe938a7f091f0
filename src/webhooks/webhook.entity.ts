import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An outside system's subscription to the desk's events. */
@Entity('webhooks')
export class WebhookEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 2000 }) url: string;
  /** JSON array of event types. */
  @Column({ type: 'text' }) events: string;
  /** `whsec_` + base64 of the key (Standard Webhooks). */
  @Column({ type: 'varchar', length: 200 }) secret: string;
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  @Column({ name: 'disabled_reason', type: 'text', nullable: true }) disabledReason: string | null;
  @Column({ name: 'disabled_at', type: 'varchar', length: 32, nullable: true }) disabledAt: string | null;
  @Column({ name: 'consecutive_failures', type: 'integer', default: 0 }) consecutiveFailures: number;
  @Column({ name: 'created_by_id', type: 'integer', nullable: true }) createdById: number | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ name: 'updated_at', type: 'varchar', length: 32 }) updatedAt: string;
}

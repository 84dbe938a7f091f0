import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ClaimStatus } from '../common/vocabulary';

/**
 * Append-only: the service only ever inserts these (see history-chain.ts). `hash` authenticates the
 * event with the server's key and links it to its claim's previous event (`prev_hash`) and to the
 * desk's previous event (`ledger_seq` − 1, whose hash is `ledger_prev`).
 */
@Entity('review_events')
export class ReviewEventEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'claim_id', type: 'integer' }) claimId: number;
  @Column({ type: 'integer' }) sequence: number;
  @Column({ type: 'varchar', length: 32 }) action: string;
  @Column({ name: 'actor_id', type: 'integer' }) actorId: number;
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true }) fromStatus: ClaimStatus | null;
  @Column({ name: 'to_status', type: 'varchar', length: 16, nullable: true }) toStatus: ClaimStatus | null;
  @Column({ name: 'from_assignee_id', type: 'integer', nullable: true }) fromAssigneeId: number | null;
  @Column({ name: 'to_assignee_id', type: 'integer', nullable: true }) toAssigneeId: number | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** JSON: evidence ids the change relied on, and other action-specific details. */
  @Column({ type: 'text' }) details: string;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ name: 'prev_hash', type: 'varchar', length: 64, nullable: true }) prevHash: string | null;
  @Column({ type: 'varchar', length: 64 }) hash: string;
  /** The event's place in the whole desk's history: 1, 2, … without gaps (null only for history written before the ledger, until it is adopted at start). */
  @Column({ name: 'ledger_seq', type: 'integer', nullable: true }) ledgerSeq: number | null;
  @Column({ name: 'ledger_prev', type: 'varchar', length: 64, nullable: true }) ledgerPrev: string | null;
}

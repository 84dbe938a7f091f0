import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ClaimStatus } from '../common/vocabulary';
import type { ClaimKind, ClaimOrigin } from '../common/vocabulary';

@Entity('claims')
export class ClaimEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'article_id', type: 'integer' }) articleId: number;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'varchar', length: 16 }) kind: ClaimKind;
  @Column({ type: 'varchar', length: 16 }) status: ClaimStatus;
  @Column({ type: 'varchar', length: 16 }) origin: ClaimOrigin;
  /** Optimistic concurrency: every review change bumps it; a request based on an older one is refused. */
  @Column({ type: 'integer' }) version: number;
  @Column({ name: 'assignee_id', type: 'integer', nullable: true }) assigneeId: number | null;
  @Column({ name: 'quote_exact', type: 'text' }) quoteExact: string;
  @Column({ name: 'quote_prefix', type: 'text' }) quotePrefix: string;
  @Column({ name: 'quote_suffix', type: 'text' }) quoteSuffix: string;
  /** Code-point offsets into the article's current body. */
  @Column({ name: 'quote_start', type: 'integer' }) quoteStart: number;
  @Column({ name: 'quote_end', type: 'integer' }) quoteEnd: number;
  /** The body was revised and the claim's words are gone: kept and listed, never silently moved. */
  @Column({ type: 'boolean', default: false }) orphaned: boolean;
  @Column({ type: 'real', nullable: true }) confidence: number | null;
  /** The article only attributes it (subjunctive, "reportedly") rather than asserting it. */
  @Column({ type: 'boolean', default: false }) hedged: boolean;
  @Column({ name: 'verdict_rationale', type: 'text', nullable: true }) verdictRationale: string | null;
  @Column({ name: 'verdict_by_id', type: 'integer', nullable: true }) verdictById: number | null;
  @Column({ name: 'verdict_at', type: 'varchar', length: 32, nullable: true }) verdictAt: string | null;
  @Column({ name: 'approved_by_id', type: 'integer', nullable: true }) approvedById: number | null;
  @Column({ name: 'approved_at', type: 'varchar', length: 32, nullable: true }) approvedAt: string | null;
  /** Its article was deleted: the claim is kept for the record but is off the desk (lists, counts, exports). */
  @Column({ name: 'article_deleted', type: 'boolean', default: false }) articleDeleted: boolean;
  /**
   * Withdrawn (extracted or marked by mistake): off the desk like a deleted article's claims (lists,
   * counts, reports, exports), kept with its history; an editor can restore it. Its review status stays
   * what it was, so a restored claim is back where it stood.
   */
  @Column({ name: 'withdrawn_at', type: 'varchar', length: 32, nullable: true }) withdrawnAt: string | null;
  @Column({ name: 'withdrawn_by_id', type: 'integer', nullable: true }) withdrawnById: number | null;
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true }) withdrawalReason: string | null;
  /** How many history events the claim has, and the hash of the newest: deleting events shows. */
  @Column({ name: 'history_count', type: 'integer', default: 0 }) historyCount: number;
  @Column({ name: 'history_head', type: 'varchar', length: 64, nullable: true }) historyHead: string | null;
  /** The server's seal over the claim's state and its history's head: editing the row outside the service shows. */
  @Column({ name: 'history_seal', type: 'varchar', length: 64, nullable: true }) historySeal: string | null;
  @Column({ name: 'created_by_id', type: 'integer', nullable: true }) createdById: number | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ name: 'updated_at', type: 'varchar', length: 32 }) updatedAt: string;
}

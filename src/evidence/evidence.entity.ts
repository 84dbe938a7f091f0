import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EvidenceStance } from '../common/vocabulary';

@Entity('evidence')
export class EvidenceEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'claim_id', type: 'integer' }) claimId: number;
  @Column({ type: 'varchar', length: 16 }) stance: EvidenceStance;
  @Column({ type: 'varchar', length: 2000, nullable: true }) url: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** Another claim that bears on this one (the NSC's "at least 3000" supports the NIS's "3000"). */
  @Column({ name: 'linked_claim_id', type: 'integer', nullable: true }) linkedClaimId: number | null;
  /** Who published the evidence: decides whether it is independent of the claim's own sources. */
  @Column({ name: 'source_id', type: 'integer', nullable: true }) sourceId: number | null;
  @Column({ name: 'created_by_id', type: 'integer' }) createdById: number;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
}

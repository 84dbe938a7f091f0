import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A topic label on a claim (`Ukraine-Krieg`, `Wahl 2025`), for filtering and bulk work; compared by its key. */
@Entity('claim_tags')
export class ClaimTagEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'claim_id', type: 'integer' }) claimId: number;
  @Column({ type: 'varchar', length: 60 }) tag: string;
  /** searchKey(tag): `wahl 2025` for `Wahl-2025` and `Wahl 2025` alike. */
  @Column({ name: 'tag_key', type: 'varchar', length: 60 }) tagKey: string;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
}

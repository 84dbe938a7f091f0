import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SourceType } from '../common/vocabulary';

@Entity('sources')
export class SourceEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 300 }) name: string;
  @Column({ name: 'name_key', type: 'varchar', length: 300 }) nameKey: string;
  @Column({ type: 'varchar', length: 32 }) type: SourceType;
  @Column({ type: 'varchar', length: 2, nullable: true }) country: string | null;
  /** The organisation a person speaks for (John Kirby -> US National Security Council). */
  @Column({ name: 'affiliation_id', type: 'integer', nullable: true }) affiliationId: number | null;
  /** Set when this record was merged into another; merged sources no longer appear in lists. */
  @Column({ name: 'merged_into_id', type: 'integer', nullable: true }) mergedIntoId: number | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ name: 'updated_at', type: 'varchar', length: 32 }) updatedAt: string;
}

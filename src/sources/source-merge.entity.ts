import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The record of two sources becoming one: who merged what into what, and how much moved. */
@Entity('source_merges')
export class SourceMergeEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'from_source_id', type: 'integer' }) fromSourceId: number;
  @Column({ name: 'into_source_id', type: 'integer' }) intoSourceId: number;
  @Column({ name: 'from_name', type: 'varchar', length: 300 }) fromName: string;
  @Column({ name: 'actor_id', type: 'integer' }) actorId: number;
  @Column({ name: 'moved_attributions', type: 'integer' }) movedAttributions: number;
  @Column({ name: 'moved_evidence', type: 'integer' }) movedEvidence: number;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AttributionRole } from '../common/vocabulary';

@Entity('attributions')
export class AttributionEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'claim_id', type: 'integer' }) claimId: number;
  @Column({ name: 'source_id', type: 'integer' }) sourceId: number;
  @Column({ type: 'varchar', length: 16 }) role: AttributionRole;
  @Column({ type: 'varchar', length: 200, nullable: true }) cue: string | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
}

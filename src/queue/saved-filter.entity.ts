import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A claims-queue filter a user saved under a name (`query`: the queue's query string), kept for themselves or shared with the desk. */
@Entity('saved_filters')
export class SavedFilterEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'owner_id', type: 'integer' }) ownerId: number;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 2000 }) query: string;
  @Column({ type: 'boolean', default: false }) shared: boolean;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
}

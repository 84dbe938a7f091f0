import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The newest event of the whole desk's history, sealed with the server's key: deleting events from
 * the end would leave the head pointing past them. One row (id 1); publish or notarise it
 * (GET /api/audit/head) to pin the history as it stood.
 */
@Entity('ledger_head')
export class LedgerHeadEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) seq: number;
  @Column({ type: 'varchar', length: 64, nullable: true }) hash: string | null;
  @Column({ type: 'varchar', length: 64 }) seal: string;
  @Column({ name: 'updated_at', type: 'varchar', length: 32 }) updatedAt: string;
}
